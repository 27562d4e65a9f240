package dev.claimdiff.extract.en;

import dev.claimdiff.extract.engine.Morphology;

/**
 * English morphology as the engine asks it: English writes no enclitic onto a word that the rules
 * need to see through (a possessive {@code 's} is read by the patterns themselves).
 */
public final class EnglishMorphology implements Morphology {
  /** The one instance (it holds nothing). */
  public static final EnglishMorphology INSTANCE = new EnglishMorphology();

  private EnglishMorphology() {}

  @Override
  public int encliticEnd(CharSequence text, int at, int limit) {
    return -1;
  }

  @Override
  public String optionalEnclitic() {
    return "";
  }
}
