package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.SourceValue;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Events;
import dev.claimdiff.extract.discourse.Names;
import dev.claimdiff.extract.engine.RuleRole;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.lang.Gazetteer.Entity;
import dev.claimdiff.lang.Gazetteer.EntityType;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * SOURCE_CITATION claims from {@code lang/<lang>/extract/rules/source-citation.rules}. A source
 * must be media known to the gazetteer, or, after an explicit citation ('dilansir dari X',
 * 'Sumber: X'), a name that is not a known person, country or place. Further known media listed
 * after a credit ('dilansir AFP dan Al Jazeera') are a claim each; the article's own outlet is
 * never a citation.
 */
public final class SourceExtractor extends RuleExtractor {
  /** How much of the article's start is its header (dateline, byline). */
  private static final int SELF_CREDIT_HEAD = 400;

  /** At most this many words in one further outlet's name ('Kantor Berita Antara'). */
  private static final int MAX_NAME_WORDS = 4;
  /** A credit of at most this many characters ('ant') is an abbreviation, not the outlet's name. */
  private static final int MAX_ABBREVIATION_CHARS = 3;

  public SourceExtractor() {
    super("source-citation");
  }

  @Override
  @Nullable Draft produce(ArticleContext ctx, Events events, Sentence sentence, Rule rule,
      Matcher m) {
    String surface = Names.trim(m.group("source"));
    if (surface.isEmpty()) {
      return null;
    }
    Optional<Entity> entity = ctx.rules.names().gazetteer().lookup(surface);
    boolean knownOnly =
        rule.role() == RuleRole.KNOWN_CITATION || rule.role() == RuleRole.KNOWN_CREDIT_LINE;
    boolean creditLine =
        rule.role() == RuleRole.CREDIT_LINE || rule.role() == RuleRole.KNOWN_CREDIT_LINE;
    String source;
    if (entity.isPresent() && entity.get().type() == EntityType.MEDIA) {
      source = entity.get().canonical();
    } else if (knownOnly || entity.isPresent()) {
      return null;
    } else {
      source = surface;
    }
    int start = m.start();
    int end = m.end();
    String outlet = ctx.metadata().outlet();
    if (!creditLine && (isOwnOutlet(outlet, source, surface) || sameMedia(ctx, outlet, source))) {
      return null; // 'kata X kepada Kompas.com' in Kompas.com: the outlet's own reporting
    }
    if (creditLine && source.equals(outlet)
        && ctx.text.substring(0, Math.min(ctx.text.length(), SELF_CREDIT_HEAD)).toLowerCase(Locale.ROOT)
            .contains(surface.toLowerCase(Locale.ROOT).length() > MAX_ABBREVIATION_CHARS ? surface.toLowerCase(Locale.ROOT)
                : source.toLowerCase(Locale.ROOT))) {
      return null; // '(ant)' closing an Antara story whose dateline already names Antara
    }
    return Draft.of(ClaimType.SOURCE_CITATION, new SourceValue(source), start, end,
        ruleName("source", rule));
  }

  /** Does a credit name the article's own outlet ('CNNIndonesia.com' in CNN Indonesia)? */
  private static boolean isOwnOutlet(@Nullable String outlet, String source, String surface) {
    if (outlet == null) {
      return false;
    }
    String own = letters(outlet);
    for (String named : new String[] {letters(source), letters(surface)}) {
      // one way only: CNN Indonesia crediting CNN credits another outlet
      if (!own.isEmpty() && named.startsWith(own)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Is the source the outlet's own newsroom under another of its names ('kepada detikSulsel' in
   * detikNews: the gazetteer gives both one canonical name)?
   */
  private static boolean sameMedia(ArticleContext ctx, @Nullable String outlet, String source) {
    if (outlet == null) {
      return false;
    }
    Optional<Entity> own = ctx.rules.names().gazetteer().lookup(outlet);
    return own.isPresent() && own.get().type() == EntityType.MEDIA
        && own.get().canonical().equals(source);
  }

  private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT =
      java.util.regex.Pattern.compile("[^\\p{L}\\d]");

  private static String letters(String name) {
    return NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * Further outlets listed after a credit ('dilansir AFP dan Al Jazeera', 'Sumber: Antara,
   * Reuters'): each must be media the gazetteer knows, joined by a comma or a connective word.
   */
  @Override
  List<Draft> followOn(ArticleContext ctx, Sentence sentence, Matcher m, Draft draft) {
    Pattern next = ctx.rules.pattern("source-follow-on", lexicon -> Pattern.compile(
        "\\G(?:\\s*,\\s*(?:" + WordPatterns.alternation(lexicon.list(LanguageFile.NAME_CONNECTIVES))
            + "\\s+)?|\\s+" + WordPatterns.alternation(lexicon.list(LanguageFile.NAME_CONNECTIVES))
            + "\\s+)(?<name>\\p{Lu}[\\p{L}\\d.]*(?:\\s+\\p{Lu}[\\p{L}\\d.]*){0,"
            + (MAX_NAME_WORDS - 1) + "})"));
    List<Draft> more = new ArrayList<>();
    Matcher f = next.matcher(ctx.text);
    f.region(m.end("source"), sentence.end());
    f.useTransparentBounds(true);
    while (f.find()) {
      String[] words = WordPatterns.WHITE_SPACE.split(f.group("name"));
      int found = -1;
      String canonical = null;
      for (int n = words.length; n > 0 && found < 0; n--) {
        String candidate = Names.trim(String.join(" ", Arrays.copyOf(words, n)));
        Optional<Entity> entity = ctx.rules.names().gazetteer().lookup(candidate);
        if (entity.isPresent() && entity.get().type() == EntityType.MEDIA) {
          found = n;
          canonical = entity.get().canonical();
        }
      }
      if (canonical == null) {
        break;
      }
      int nameEnd = f.start("name");
      for (int i = 0; i < found; i++) {
        nameEnd = ctx.text.indexOf(words[i], nameEnd) + words[i].length();
      }
      more.add(Draft.of(ClaimType.SOURCE_CITATION, new SourceValue(canonical),
          f.start("name"), nameEnd, draft.rule()));
      f.region(nameEnd, sentence.end());
    }
    return more;
  }
}
