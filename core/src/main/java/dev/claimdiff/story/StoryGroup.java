package dev.claimdiff.story;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;

/**
 * Articles that report one event, as {@link StoryGrouper} found them.
 *
 * @param label a few names and numbers the story's articles share most, for people to read
 * @param articles the article ids, in input order; an article may be in two groups
 */
public record StoryGroup(String label, ImmutableList<String> articles) implements Serializable {
  private static final long serialVersionUID = 1L;

  public StoryGroup {
    checkArgument(!articles.isEmpty(), "a story has at least one article: %s", label);
  }
}
