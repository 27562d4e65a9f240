package dev.claimdiff.lang;

import java.util.Locale;
import java.util.Optional;

/**
 * A language claimdiff knows. Everything language-specific (boilerplate patterns, function words,
 * speech verbs, rule files) lives in one resource folder, {@code dev/claimdiff/lang/<code>/}, with
 * a sub-folder per stage ({@code ingest/}, {@code nlp/}, {@code extract/}, {@code align/}), so
 * adding a language is adding a folder plus one constant here.
 */
public enum Language {
  INDONESIAN("id"),
  ENGLISH("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, also the name of the language's resource folder. */
  public String code() {
    return code;
  }

  /** The language with this ISO 639-1 code, if claimdiff knows it. */
  public static Optional<Language> fromCode(String code) {
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(wanted)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** The classpath resource {@code dev/claimdiff/lang/<code>/<stage>/<file>}. */
  public String resource(String stage, String file) {
    return resource(stage + "/" + file);
  }

  /** The classpath resource {@code dev/claimdiff/lang/<code>/<file>}. */
  public String resource(String file) {
    return "dev/claimdiff/lang/" + code + "/" + file;
  }
}
