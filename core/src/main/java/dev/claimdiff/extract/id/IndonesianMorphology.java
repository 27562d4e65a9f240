package dev.claimdiff.extract.id;

import dev.claimdiff.extract.engine.Morphology;

/**
 * Indonesian morphology: the enclitic {@code -nya} ('his', 'her', 'its', or marking the subject
 * of a speech verb: 'Menurutnya', 'katanya', 'ujarnya'), written onto the word it follows. Case
 * matters, as in the rules: 'MenurutNYA' is no such word.
 */
public final class IndonesianMorphology implements Morphology {
  /** The one instance (it holds nothing). */
  public static final IndonesianMorphology INSTANCE = new IndonesianMorphology();

  private static final String ENCLITIC = "nya";

  private IndonesianMorphology() {}

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
