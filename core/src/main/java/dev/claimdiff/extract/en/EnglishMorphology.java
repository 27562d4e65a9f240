package dev.claimdiff.extract.en;

import dev.claimdiff.extract.engine.Morphology;
import dev.claimdiff.lang.Language;

/**
 * English morphology as the engine asks it: English writes no enclitic onto a word that the rules
 * need to see through (a possessive {@code 's} is read by the patterns themselves).
 */
public final class EnglishMorphology implements Morphology {
  /** The instance {@link java.util.ServiceLoader} makes (the class is listed as a service). */
  public EnglishMorphology() {}

  @Override
  public Language language() {
    return Language.ENGLISH;
  }

  @Override
  public int encliticEnd(CharSequence text, int at, int limit) {
    return -1;
  }

  @Override
  public String optionalEnclitic() {
    return "";
  }
}
