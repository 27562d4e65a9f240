package dev.claimdiff.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The words of a human report (text, Markdown, HTML) in one language, read from the resource
 * bundle {@code dev/claimdiff/report/words_<lang>.properties} (UTF-8). A third language is one
 * more file: every key of {@code words_en.properties}, translated. A key missing from a
 * language's file falls back to English, so a half-translated file still gives a report.
 */
public final class ReportWords {
  private static final String BUNDLE = "dev.claimdiff.report.words";
  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String code;
  private final ResourceBundle bundle;
  private final ResourceBundle english;

  private ReportWords(String code, ResourceBundle bundle, ResourceBundle english) {
    this.code = code;
    this.bundle = bundle;
    this.english = english;
  }

  /** The English words: what every report used before it had a language. */
  public static ReportWords english() {
    return of("en");
  }

  /**
   * The words of a language by its ISO 639-1 code ({@code id}, {@code en}).
   *
   * @throws IllegalArgumentException when no bundle exists for it ({@link #available})
   */
  public static ReportWords of(String code) {
    checkArgument(available(code),
        "no report words for language '%s' (a language needs dev/claimdiff/report/words_%s.properties)",
        code, code);
    return new ReportWords(code, load(code), load("en"));
  }

  /** Whether a bundle exists for the language. */
  public static boolean available(String code) {
    if (!CODE.matcher(code).matches()) {
      return false;
    }
    try {
      load(code);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  /**
   * The report language for a locale: its language when words exist for it, else English. The
   * CLI's default for {@code --report-lang}.
   */
  public static String forLocale(Locale locale) {
    String language = locale.getLanguage().equals("in") ? "id" : locale.getLanguage();
    return available(language) ? language : "en";
  }

  private static ResourceBundle load(String code) {
    return ResourceBundle.getBundle(BUNDLE, new Locale(code), ReportWords.class.getClassLoader(),
        NO_FALLBACK);
  }

  /** The language code ({@code en}, {@code id}); also the HTML page's {@code lang}. */
  public String code() {
    return code;
  }

  /** The word or phrase for a key, with {@code {0}}, {@code {1}}, … replaced by the arguments. */
  public String get(String key, Object... args) {
    String text;
    if (bundle.containsKey(key)) {
      text = bundle.getString(key);
    } else if (english.containsKey(key)) {
      text = english.getString(key);
    } else {
      throw new IllegalArgumentException("no report word for key '" + key + "'");
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** The word for a key if the language (or English) has one, else {@code fallback}. */
  public String getOr(String key, String fallback) {
    return bundle.containsKey(key) ? bundle.getString(key)
        : english.containsKey(key) ? english.getString(key) : fallback;
  }

  /**
   * A term of the engine's English vocabulary (an event {@code meeting}, a due
   * {@code next week}) in this language, or the term itself when the bundle has no
   * {@code term.<term>}.
   */
  public String term(String term) {
    String key = "term." + term.replace(' ', '_');
    return bundle.containsKey(key) ? bundle.getString(key) : term;
  }

  /** Whether findings are summarised by the engine's own English line (true for English). */
  public boolean engineSummaries() {
    return Boolean.parseBoolean(getOr("summaries.engine", "false"));
  }
}
