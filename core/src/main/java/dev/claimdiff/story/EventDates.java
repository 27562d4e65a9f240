package dev.claimdiff.story;

/**
 * What {@link MainDates} knows of a group of articles (one article, or a cluster as it grows):
 * its main-event dates and their gap, and the dates of the sudden events it dates. Immutable;
 * the arrays are never modified.
 *
 * @param dates the main-event dates of {@link MainDates#of}, ascending, each once
 * @param gap the gap of {@link MainDates#gapOf} for the group ({@link MainDates#UNTYPED} when no
 *     article types its main event)
 * @param sudden the dates of {@link MainDates#suddenOf}, ascending, each once (empty when no
 *     article dates a sudden event)
 * @param suddenGap the widest gap of those sudden events, 0 when there are none
 */
record EventDates(long[] dates, int gap, long[] sudden, int suddenGap) {

  /** An article's dates. */
  static EventDates of(StoryFeatures article) {
    return new EventDates(MainDates.of(article), MainDates.gapOf(article),
        MainDates.suddenOf(article), MainDates.suddenGapOf(article));
  }

  /** The dates of two groups together. */
  EventDates with(EventDates other) {
    return new EventDates(MainDates.union(dates, other.dates), MainDates.unionGap(gap, other.gap),
        MainDates.union(sudden, other.sudden), Math.max(suddenGap, other.suddenGap));
  }

  /**
   * Whether two groups report two events: their main-event dates are far apart
   * ({@link MainDates#farApart(long[], int, long[], int)}), or both date a sudden event and even
   * their nearest such dates are more than the wider of their sudden events' gaps apart.
   */
  boolean farFrom(EventDates other) {
    return MainDates.farApart(dates, gap, other.dates, other.gap)
        || sudden.length > 0 && other.sudden.length > 0
        && MainDates.farApart(sudden, Math.max(suddenGap, other.suddenGap), other.sudden,
            Math.max(suddenGap, other.suddenGap));
  }
}
