package dev.claimdiff.extract.engine;

import com.google.common.collect.ImmutableMap;
import dev.claimdiff.lang.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * What a language's words carry that a word list cannot say, asked by the engine: an enclitic
 * written onto a word without a space (Indonesian {@code -nya}: 'Menurutnya', 'katanya'). Each
 * language implements it in its own package ({@code dev.claimdiff.extract.id},
 * {@code dev.claimdiff.extract.en}), the way Lucene's {@code analysis/id} holds Indonesian code;
 * the generic engine names no word of any language, nor any language's package: each
 * implementation is registered as a service ({@code
 * META-INF/services/dev.claimdiff.extract.engine.Morphology}) and found by its {@link #language()}.
 *
 * <p>Where it is asked: the name grammar (a capitalised stop word with an enclitic,
 * 'Menurutnya', starts no name: {@code $ENCLITIC} in the macros and the native name matcher) and
 * the patterns built in code after a speech verb ('katanya').
 */
public interface Morphology {
  /**
   * Where the enclitic that starts at {@code at} (right after a word) ends, or -1 when none does;
   * the text up to {@code limit} is read. Whether a word ends after it is for the caller to ask.
   */
  int encliticEnd(CharSequence text, int at, int limit);

  /**
   * A regular expression that matches an enclitic or the empty string ({@code (?:nya)?}; empty
   * for a language without enclitics), for patterns built in code and the built-in macro
   * {@code $ENCLITIC}.
   */
  String optionalEnclitic();

  /** The language whose words this morphology reads. */
  Language language();

  /**
   * The morphology of a language, found among the registered services; a language with
   * extraction rules must register one, and a language registered twice is an error.
   */
  static Morphology of(Language language) {
    Morphology morphology = Registered.BY_LANGUAGE.get(language);
    if (morphology == null) {
      throw new IllegalStateException("no Morphology for language " + language.code()
          + ": write one in dev.claimdiff.extract." + language.code() + " and list it in"
          + " META-INF/services/" + Morphology.class.getName());
    }
    return morphology;
  }

  /** The registered morphologies, loaded once. */
  final class Registered {
    static final ImmutableMap<Language, Morphology> BY_LANGUAGE = load();

    private Registered() {}

    private static ImmutableMap<Language, Morphology> load() {
      Map<Language, Morphology> found = new EnumMap<>(Language.class);
      for (Morphology m : ServiceLoader.load(Morphology.class, Morphology.class.getClassLoader())) {
        Morphology before = found.put(m.language(), m);
        if (before != null) {
          throw new IllegalStateException("two Morphology services for language "
              + m.language().code() + ": " + before.getClass().getName() + " and "
              + m.getClass().getName());
        }
      }
      return ImmutableMap.copyOf(found);
    }
  }
}
