package dev.claimdiff.extract;

/**
 * Where in a page a claim's evidence sits. A dateline or masthead says where and by whom a story
 * was filed, a caption describes a photo, a related link ({@code Baca juga:}) names another
 * article: none of them is the body's account of the event, so the aligner can weigh them apart.
 */
public enum Zone {
  /** The article's title. */
  HEADLINE,
  /** The place (and outlet) the story was filed from: {@code JENEWA, KOMPAS.com –}. */
  DATELINE,
  /** The outlet and publication date-time line: {@code Kompas.com - 22/01/2022, 09:31 WIB}. */
  MASTHEAD,
  /** The writer's or editor's line. */
  BYLINE,
  /** A photo caption or photo credit. */
  CAPTION,
  /** A link to another article ({@code Baca juga:}, {@code Related:}). */
  RELATED,
  /** The running text of the article. */
  BODY;

  /**
   * Whether text in this zone tells the story (headline, caption, body), so that its names can
   * act and its values are claims; a dateline, masthead, byline or related link does not.
   */
  public boolean isStory() {
    return this == HEADLINE || this == CAPTION || this == BODY;
  }
}
