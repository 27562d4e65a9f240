package dev.claimdiff.extract.engine.matchers;

/** Where a part of a pattern hands each end it reaches; true stops the search (a match). */
interface Next {
  boolean at(int end);
}
