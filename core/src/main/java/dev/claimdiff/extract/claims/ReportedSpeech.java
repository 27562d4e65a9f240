package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.StatementValue;
import dev.claimdiff.extract.TextSpan;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.engine.RuleRole;
import dev.claimdiff.extract.engine.RuleSet;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * STATEMENT claims: reported speech found by the {@code statement} rule file. Each rule's
 * {@link RuleRole} says where its clause is: after the match ({@code X mengatakan bahwa …},
 * with or without the complementizer), before it ({@code …, kata X.}) or around it
 * ({@code BI, lanjut Perry, akan …}). A clause that opens a quotation is left to the QUOTE.
 */
public final class ReportedSpeech {
  /**
   * A dateline opening a sentence: a short capitalised stretch, then a dash. A point inside a
   * word is a web domain's ('SUARANUSANTARA.ID -'), not a sentence end.
   */
  private static final Pattern DATELINE =
      Pattern.compile("\\s*\\p{Lu}(?:[^.!?\\n\"“-”]|\\.(?=\\p{L})){0,50}?\\s[-–—]\\s+",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** The article's reported speech, in text order. */
  public List<Draft> statements(ArticleContext ctx) {
    return statements(ctx, ctx.rules.rules("statement"));
  }

  /** {@link #statements(ArticleContext)} with the rules of {@code rules}. */
  public List<Draft> statements(ArticleContext ctx, RuleSet rules) {
    List<Draft> found = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (Sentence sentence : ctx.sentences) {
      ctx.deadline.check();
      rules.forEachMatch(ctx.textFor(rules), sentence, ctx.words(sentence), (rule, m) -> {
        if (ctx.quotationAt(m.start()) != null) {
          return;
        }
        for (int[] t : taken) {
          if (t[0] <= m.start() && m.start() < t[1]) {
            return;
          }
        }
        if (rule.role() == RuleRole.INNER_TAG) {
          Draft inner = clauseAround(ctx, sentence, m, rule);
          if (inner != null) {
            taken.add(new int[] {sentence.start(), sentence.end()});
            found.add(inner);
          }
          return;
        }
        if (rule.role() == RuleRole.CLAUSE_BEFORE) {
          Draft before = clauseBefore(ctx, sentence, m, rule);
          if (before != null) {
            taken.add(new int[] {sentence.start(), m.end()});
            found.add(before);
          }
          return;
        }
        int clauseStart = m.end();
        int clauseEnd = sentence.end();
        String clause = ctx.text.substring(clauseStart, clauseEnd);
        String trimmed = clause.stripLeading();
        if (trimmed.startsWith(",") || trimmed.startsWith(":")) {
          trimmed = trimmed.substring(1).stripLeading();
        }
        if (trimmed.startsWith("\"") || trimmed.startsWith("“")) {
          return; // introduces a quotation: the QUOTE carries it
        }
        int[] bahwaAt = complementizer(ctx, clauseStart, clauseEnd);
        int bahwa = bahwaAt[0];
        int quote = indexOfAny(clause, "\"“");
        Pattern adverbial = adverbial(ctx);
        if (quote >= 0 && adverbial.matcher(clause.substring(0, quote)).matches()) {
          return; // 'mengatakan kepada wartawan, "…"': the QUOTE carries it
        }
        if (bahwa < 0 && contentBefore(ctx.text.substring(sentence.start(), m.start()))
            && adverbial.matcher(clause.substring(0, clause.length()
                - (clause.endsWith(".") || clause.endsWith("!") || clause.endsWith("?") ? 1 : 0)))
                .matches()) {
          return; // '…, BNPB said in an update at 8:00 am.': what was said stands before the tag
        }
        int textStart = clauseStart + (clause.length() - trimmed.length());
        if (bahwa >= 0 && (quote < 0 || bahwa < quote)
            && (adverbial.matcher(clause.substring(0, bahwa)).matches()
                || toldAddressee(ctx, m, clause.substring(0, bahwa)))) {
          textStart = clauseStart + bahwaAt[1];
        } else if (rule.role() != RuleRole.VERB_CLAUSE && rule.role() != RuleRole.CUE_CLAUSE) {
          return; // a complement clause without its complementizer
        } else if (rule.role() == RuleRole.VERB_CLAUSE
            && hasElidedSubjectClause(ctx, rules, clauseStart, clauseEnd)) {
          return; // 'membantah tuduhan itu, tetapi mengakui bahwa …': the second verb reports
        } else if (rule.role() == RuleRole.VERB_CLAUSE && addresseeFirst(ctx, textStart, clauseEnd)) {
          return; // 'Biden warned Putin by telephone of …': whom the speaker addressed, not what
        }
        int textEnd = clauseEnd;
        while (textEnd > textStart && ".!?\"” ".indexOf(ctx.text.charAt(textEnd - 1)) >= 0) {
          textEnd--;
        }
        while (textStart < textEnd && Character.isWhitespace(ctx.text.charAt(textStart))) {
          textStart++;
        }
        if (Texts.words(ctx.text.substring(textStart, textEnd)) < 3) {
          return;
        }
        if (RuleSet.group(m, "verb") != null && ctx.rules.lexicon().set(LanguageFile.DENIAL_VERBS)
            .contains(ctx.text.substring(m.start("verb"), m.end("verb")).toLowerCase(Locale.ROOT))) {
          // 'Moscow denies planning an attack': what follows is denied, not asserted; the verb
          // stays in the reported words
          textStart = m.start("verb");
        }
        String reported = ctx.text.substring(textStart, textEnd);
        String speaker;
        int toldTo = RuleSet.group(m, "speaker") != null ? toldMarkerBefore(ctx, m.start("speaker")) : -1;
        if (toldTo >= 0) {
          // 'X kepada Reuters mengatakan': the outlet is the listener; the speaker is the actor
          // named right before the marker, if any
          speaker = ctx.discourse.actorEndingAt(Texts.stripEnd(ctx.text, sentence.start(), toldTo));
        } else if (RuleSet.group(m, "nya") != null || RuleSet.group(m, "speaker") != null
            || RuleSet.group(m, "collective") != null) {
          speaker = SpeakerGroups.speaker(ctx, m);
        } else {
          speaker = ctx.discourse.firstActor(sentence.start(), m.start());
        }
        String verb = RuleSet.group(m, "verb");
        int start = RuleSet.group(m, "speaker") != null ? m.start("speaker") : m.start();
        taken.add(new int[] {start, clauseEnd});
        found.add(new Draft(ClaimType.STATEMENT, speaker, reported,
            new StatementValue(verb != null ? verb.toLowerCase(Locale.ROOT)
                : Texts.key(m.group()).split(" ")[0]), // 'menurut', as the rule matched it
            start, textEnd, "statement:" + rule.name()));
      });
    }
    found.sort((a, b) -> Integer.compare(a.cleanStart(), b.cleanStart()));
    return found;
  }

  /**
   * What may follow a name when the words before a closing tag are only that name described
   * ('Dimas Prakoso, penumpang berusia 24 tahun', 'Betty Jones, 61, a retired teacher'): an age,
   * then one or two comma-led stretches that open in lower case. Such words are who speaks, not
   * what was said: the verb after them reports the clause that follows it.
   */
  private static final Pattern APPOSITION_ONLY = Pattern.compile(
      "\\s*(?:\\(\\s*\\d{1,3}\\s*\\))?\\s*(?:,\\s*\\d{1,3}\\s*)?"
          + "(?:,\\s*\\p{Ll}[^,.;:!?\"“”()\\n]*){1,2}\\s*",
      Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * A statement whose clause comes before the verb ('…, kata Menteri X.'): the clause is the
   * sentence up to the comma, unless it holds a quotation (then the QUOTE carries it).
   */
  private static @Nullable Draft clauseBefore(ArticleContext ctx, Sentence sentence, Matcher m,
      Rule rule) {
    int start = sentence.start();
    Matcher dateline = DATELINE.matcher(ctx.text).region(start, m.start());
    if (dateline.lookingAt()) {
      start = dateline.end(); // 'Jakarta (ANTARA) - …': the dateline is not what was said
    }
    String clause = ctx.text.substring(start, m.start());
    if (indexOfAny(clause, "\"“”") >= 0 || Texts.words(clause) < 3) {
      return null;
    }
    int first = start;
    while (first < m.start() && Character.isWhitespace(ctx.text.charAt(first))) {
      first++;
    }
    int subjectEnd = ctx.discourse.mentionEndAt(first);
    if (subjectEnd >= 0
        && APPOSITION_ONLY.matcher(ctx.text).region(subjectEnd, m.start()).matches()) {
      return null; // 'Dimas Prakoso, a 24-year-old passenger, said he …': a subject, no clause
    }
    String verb = RuleSet.group(m, "verb");
    return new Draft(ClaimType.STATEMENT, SpeakerGroups.tagSpeaker(ctx, m, start),
        Texts.collapse(clause).strip(),
        new StatementValue(verb == null ? "" : verb.toLowerCase(Locale.ROOT)),
        start, m.end(), "statement:" + rule.name());
  }

  /**
   * A statement with its tag inside ('BI, lanjut Perry, akan meninjau …'): the clause is the
   * sentence without the tag, unless it holds a quotation.
   */
  private static @Nullable Draft clauseAround(ArticleContext ctx, Sentence sentence, Matcher m,
      Rule rule) {
    String before = ctx.text.substring(sentence.start(), m.start());
    String after = ctx.text.substring(m.end(), sentence.end());
    String clause = Texts.collapse(before + " " + after);
    while (!clause.isEmpty() && ".!?".indexOf(clause.charAt(clause.length() - 1)) >= 0) {
      clause = clause.substring(0, clause.length() - 1);
    }
    if (indexOfAny(clause, "\"“”") >= 0 || Texts.words(clause) < 4) {
      return null;
    }
    String verb = RuleSet.group(m, "verb");
    return new Draft(ClaimType.STATEMENT, SpeakerGroups.speaker(ctx, m), clause,
        new StatementValue(verb == null ? "" : verb.toLowerCase(Locale.ROOT)),
        sentence.start(), sentence.end(), "statement:" + rule.name());
  }

  /**
   * Whether the clause at {@code start} opens with a person followed by an adverbial of speech
   * ('Putin by telephone of …', 'Putin melalui telepon tentang …'): the person is whom the
   * speaker addressed, and what follows is no clause the speaker said.
   */
  private static boolean addresseeFirst(ArticleContext ctx, int start, int end) {
    int personEnd = ctx.discourse.personEndAt(start);
    if (personEnd < 0) {
      return false;
    }
    String rest = ctx.text.substring(personEnd, end);
    Pattern adverbialWord = ctx.rules.pattern("speech-adverbial-word", lexicon -> Pattern.compile(
        "\\s+(?:" + WordPatterns.alternation(lexicon.list(LanguageFile.SPEECH_ADVERBIALS))
            + ")(?![\\p{L}])", Pattern.UNICODE_CHARACTER_CLASS));
    return adverbialWord.matcher(rest).lookingAt();
  }

  /** Whether a rule for a second reporting verb without a subject matches in [from, to). */
  private static boolean hasElidedSubjectClause(ArticleContext ctx, RuleSet rules, int from,
      int to) {
    String text = ctx.textFor(rules);
    for (Rule rule : rules.rules()) {
      if (rule.role() == RuleRole.ELIDED_SUBJECT && ctx.firstMatchAt(text, rule.pattern(),
          (w, k) -> rule.starts().allows(w, k, text), from, to) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the first complementizer ('bahwa') of the clause {@code text[from, to)} starts and
   * ends, relative to {@code from}, or {-1, -1}.
   */
  private static int[] complementizer(ArticleContext ctx, int from, int to) {
    Pattern complementizers = ctx.rules.pattern("complementizers",
        lexicon -> Pattern.compile(WordPatterns.alternation(lexicon.list(LanguageFile.COMPLEMENTIZERS))));
    TextSpan found = ctx.firstMatchAtListWords(complementizers, LanguageFile.COMPLEMENTIZERS, from, to);
    return found == null ? new int[] {-1, -1}
        : new int[] {found.start() - from, found.end() - from};
  }


  /** How many words a clause before a closing tag has at least ('X were injured, BNPB said …'). */
  private static final int CONTENT_WORDS = 6;

  /**
   * Whether the text before a speaker is a clause of its own closed by a comma, long enough to be
   * what was said rather than an opening adverbial ('Dalam kesempatan itu, …').
   */
  private static boolean contentBefore(String before) {
    int comma = before.lastIndexOf(',');
    return comma > 0 && Texts.words(before.substring(0, comma)) >= CONTENT_WORDS
        && before.indexOf('"') < 0 && before.indexOf('“') < 0;
  }

  /** How many words a description of whom the speaker told may have ('state news agency Antara'). */
  private static final int ADDRESSEE_WORDS = 6;

  /**
   * Whether the words between a verb of telling (told-markers.txt) and the complementizer name
   * whom the speaker told ('told state news agency Antara that …'): a few words with no comma.
   */
  private static boolean toldAddressee(ArticleContext ctx, Matcher m, String between) {
    String verb = RuleSet.group(m, "verb");
    return verb != null && !between.isBlank() && between.indexOf(',') < 0
        && Texts.words(between) <= ADDRESSEE_WORDS
        && ctx.rules.lexicon().set(LanguageFile.TOLD_MARKERS).contains(verb.toLowerCase(Locale.ROOT));
  }

  /** What may stand between a speech verb and its clause: 'kepada wartawan', 'dalam sambutan …'. */
  private static Pattern adverbial(ArticleContext ctx) {
    return ctx.rules.pattern("speech-adverbials", lexicon -> Pattern.compile(
        "\\s*,?\\s*(?:" + WordPatterns.alternation(lexicon.list(LanguageFile.SPEECH_ADVERBIALS))
            + "[^\"“-”]{0,80}?)?\\s*[,:]?\\s*",
        Pattern.UNICODE_CHARACTER_CLASS));
  }

  /** How far back a marker of whom the speaker talked to may start. */
  private static final int TOLD_MARKER_REACH = 40;

  /**
   * Where a marker of whom the speaker talked to ('kepada', 'dalam wawancara dengan') starts, when
   * one ends right before {@code offset}; else -1.
   */
  private static int toldMarkerBefore(ArticleContext ctx, int offset) {
    Pattern marker = ctx.rules.pattern("told-marker-before", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list(LanguageFile.TOLD_MARKERS)) + "\\s+\\z"));
    TextSpan found = ctx.firstMatchAtListWords(marker, LanguageFile.TOLD_MARKERS,
        Math.max(0, offset - TOLD_MARKER_REACH), offset);
    return found == null ? -1 : found.start();
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
