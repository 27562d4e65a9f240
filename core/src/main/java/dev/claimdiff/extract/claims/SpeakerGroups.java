package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.Discourse;
import dev.claimdiff.extract.discourse.Mention;
import dev.claimdiff.extract.discourse.Names;
import dev.claimdiff.extract.engine.RuleSet;
import dev.claimdiff.extract.engine.Texts;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The speaker a speech rule's match names: its group {@code nya} (the clitic pronoun, the person
 * named before it), its group {@code collective} (a group named by a common noun, as written) or
 * its group {@code speaker}, resolved by the article's {@link Discourse}.
 */
final class SpeakerGroups {
  private SpeakerGroups() {}

  /** The canonical speaker the match names, or null when it names none. */
  static @Nullable String speaker(ArticleContext ctx, Matcher m) {
    if (RuleSet.group(m, "nya") != null) {
      return ctx.discourse.personBefore(m.start("nya"));
    }
    if (RuleSet.group(m, "collective") != null) {
      // a group named by a common noun ('the prosecutors said'): no name to resolve, so the
      // speaker is the noun as written, as a promise's collective actor is
      return Texts.collapse(ctx.group(m, "collective"));
    }
    String surface = ctx.group(m, "speaker");
    if (surface == null) {
      return null;
    }
    int at = m.start("speaker");
    if (RuleSet.group(m, "verb") != null && m.start("verb") > m.end("speaker")) {
      // 'Petugas Pos … Wolo Bara di Desa Tanalewu, Fransiskus Rato, mengatakan': the name between
      // commas right before the verb speaks, not the subject the rule read before it
      String enclosed = ctx.discourse.enclosedSpeaker(m.end("speaker"), m.start("verb"));
      if (enclosed != null) {
        return enclosed;
      }
    }
    String holder = ctx.discourse.appositionHolder(at);
    if (holder != null) {
      // 'Maria Goreti Nona (38), warga Desa Kelisamba, mengatakan': the rule read the apposition;
      // the name it describes speaks
      return holder;
    }
    String named = RuleSet.group(m, "verb") != null && m.end("verb") <= at
        ? ctx.discourse.namedAfterTitle(at) : null;
    if (named != null) {
      // a closing tag 'kata pejabat komisi pemilihan Maria Lolo': a bare title, its body in lower
      // case, then the name (before a verb, the lower-case words may be the verb's own)
      return named;
    }
    String body = acronymBefore(ctx.text, at);
    String[] words = surface.strip().split("\\s+");
    if (body != null && words.length == 2 && ctx.rules.lexicon()
        .set(dev.claimdiff.lang.LanguageFile.ADMIN_PREFIXES).contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
      // 'Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lumajang mencatat': the region
      // the body serves, named with its administrative word (admin-prefixes.txt), is the body's
      // region as the one word after the acronym is ('BPBD Lumajang')
      return body + " " + Names.trim(words[1]);
    }
    if (body != null && surface.strip().indexOf(' ') < 0 && !ctx.discourse.isPronoun(surface)) {
      // 'Badan Penanggulangan Bencana Daerah (BPBD) Mamasa mencatat': the one word after a
      // body's acronym is the region the body serves, not a person nor the whole speaker
      return body + " " + Names.trim(surface);
    }
    Matcher closing = CLOSING_ACRONYM.matcher(surface);
    if (closing.find()) {
      // 'Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG)' (mention-body-and-acronym): the
      // body goes by its acronym, as the other outlets write it
      return closing.group(1);
    }
    Mention bodyNamed = ctx.discourse.mentionAt(at);
    if (bodyNamed == null || bodyNamed.isGroup()) {
      // 'The National Disaster Mitigation Agency (BNPB) said': the body's own short name in
      // brackets is how the other outlets and the other language name it
      int open = surface.lastIndexOf('(');
      int from = open > 0 ? at + open : m.end("speaker"); // the brackets inside the name or after it
      java.util.regex.Matcher acronym = ACRONYM_AFTER.matcher(ctx.text).region(from, ctx.text.length());
      if (acronym.lookingAt()) {
        String shortName = ctx.discourse.speaker(acronym.group(1), acronym.start(1));
        if (shortName != null) {
          return shortName;
        }
      }
    }
    String speaker = ctx.discourse.speaker(surface, at);
    if (speaker == null && !ctx.discourse.isPronoun(surface)) {
      // 'Marthen, warga Kecamatan Aralle, mengatakan': an apposition that names no one
      // describes the person named right before its comma
      int comma = Texts.stripEnd(ctx.text, 0, at);
      if (comma > 0 && ctx.text.charAt(comma - 1) == ',') {
        speaker = ctx.discourse.personEndingAt(Texts.stripEnd(ctx.text, 0, comma - 1));
      }
    }
    return speaker;
  }

  /** An acronym in brackets right after a name: ' (BNPB)', '(KNKT)'. */
  private static final java.util.regex.Pattern ACRONYM_AFTER =
      java.util.regex.Pattern.compile("\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\d]{1,11})\\s*\\)");
  /** A body's acronym in brackets closing its name ('… Bencana Geologi (PVMBG)'). */
  private static final java.util.regex.Pattern CLOSING_ACRONYM =
      java.util.regex.Pattern.compile("\\s\\((\\p{Lu}[\\p{Lu}\\d]{1,9})\\)\\s*$");

  /** The longest acronym read in brackets before a speaker ('(KSOP) Baubau'). */
  private static final int ACRONYM_MAX = 12;

  /**
   * The acronym in brackets that ends right before {@code at} after white space ('(BPBD) '), or
   * null: two or more capitals (digits after the first allowed).
   */
  private static @Nullable String acronymBefore(String text, int at) {
    int close = Texts.stripEnd(text, 0, at);
    if (close == at || close == 0 || text.charAt(close - 1) != ')') {
      return null;
    }
    int open = close - 2;
    while (open >= 0 && close - 1 - open <= ACRONYM_MAX && text.charAt(open) != '(') {
      open--;
    }
    if (open < 0 || text.charAt(open) != '(') {
      return null;
    }
    String inside = text.substring(open + 1, close - 1);
    if (inside.length() < 2 || !Character.isUpperCase(inside.charAt(0))
        || inside.chars().filter(Character::isUpperCase).count() < 2
        || !inside.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
      return null;
    }
    return inside;
  }

  /**
   * The speaker of a closing tag whose statement starts at {@code clauseStart} ('Rescuers could
   * not reach the villages in X regency, he said'): a pronoun is resolved before the statement,
   * since the names the statement holds are what was said, not who said it.
   */
  static @Nullable String tagSpeaker(ArticleContext ctx, Matcher m, int clauseStart) {
    boolean pronoun = RuleSet.group(m, "nya") != null
        || (RuleSet.group(m, "speaker") != null && ctx.discourse.isPronoun(ctx.group(m, "speaker")));
    return pronoun ? ctx.discourse.personBefore(clauseStart) : speaker(ctx, m);
  }
}
