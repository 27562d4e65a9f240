package dev.claimdiff.extract;

import com.google.common.collect.ImmutableSet;
import dev.claimdiff.lang.WordList;

/**
 * Events that run over days ({@code dev/claimdiff/extract/running-events.txt}: a search
 * operation): each of their days is a day of the event, so their dates and places are never
 * compared across outlets, and the event they are a part of dates an article about them.
 */
public final class RunningEvents {
  private static final ImmutableSet<String> RUNNING =
      ImmutableSet.copyOf(WordList.load("dev/claimdiff/extract/running-events.txt"));

  private RunningEvents() {}

  /** Whether an event (a canonical name of events.txt) runs over days. */
  public static boolean contains(@org.jspecify.annotations.Nullable String event) {
    return event != null && RUNNING.contains(event);
  }
}
