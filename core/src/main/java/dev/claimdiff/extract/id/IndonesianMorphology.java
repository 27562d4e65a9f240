package dev.claimdiff.extract.id;

import dev.claimdiff.extract.engine.Morphology;
import dev.claimdiff.lang.Language;

/**
 * Indonesian morphology: the enclitic {@code -nya} ('his', 'her', 'its', or marking the subject
 * of a speech verb: 'Menurutnya', 'katanya', 'ujarnya'), written onto the word it follows. Case
 * matters, as in the rules: 'MenurutNYA' is no such word.
 */
public final class IndonesianMorphology implements Morphology {
  private static final String ENCLITIC = "nya";

  /** The instance {@link java.util.ServiceLoader} makes (the class is listed as a service). */
  public IndonesianMorphology() {}

  @Override
  public Language language() {
    return Language.INDONESIAN;
  }

  @Override
  public int encliticEnd(CharSequence text, int at, int limit) {
    if (at < 0 || at + ENCLITIC.length() > limit) {
      return -1;
    }
    for (int i = 0; i < ENCLITIC.length(); i++) {
      if (text.charAt(at + i) != ENCLITIC.charAt(i)) {
        return -1;
      }
    }
    return at + ENCLITIC.length();
  }

  @Override
  public String optionalEnclitic() {
    return "(?:" + ENCLITIC + ")?";
  }
}
