package dev.claimdiff.extract;

import dev.claimdiff.extract.ClaimValue.QuoteValue;
import dev.claimdiff.extract.ClaimValue.StatementValue;
import dev.claimdiff.extract.QuoteFinder.Quotation;
import dev.claimdiff.extract.RuleSet.Rule;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * QUOTE and STATEMENT claims. Quotations come from {@link QuoteFinder}; their speaker from the
 * sieves of {@code extract/quote/<lang>.rules} tried in order (after the quote, before it, the
 * sentence's speech frame), then the sentence's first actor, then the previous speaker. Nested
 * quotations inherit their parent's speaker. Reported speech comes from
 * {@code extract/statement/<lang>.rules}.
 */
final class SpeechExtractor {
  private static final int FRAGMENT_WORDS = 2;
  /** A dateline opening a sentence: a short capitalised stretch, then a dash. */
  private static final Pattern DATELINE =
      Pattern.compile("\\s*\\p{Lu}[^.!?\\n\"“-”]{0,50}?\\s[-–—]\\s+", Pattern.UNICODE_CHARACTER_CLASS);


  private record Speaker(@Nullable String name, String sieve) {}

  /**
   * The article's quotations, attributed, then its {@code statements} (reported speech, which
   * {@link #statements} found first: a quotation's speaker may come from one).
   */
  void extract(ArticleContext ctx, List<Draft> statements, List<Draft> out) {
    extract(ctx, ctx.rules.rules("quote"), statements, out);
  }

  /** {@link #extract(ArticleContext, List, List)} with the sieves of {@code quoteRules}. */
  void extract(ArticleContext ctx, RuleSet quoteRules, List<Draft> statements, List<Draft> out) {
    List<Draft> speech = new ArrayList<>();
    Map<Quotation, Speaker> speakers = new HashMap<>();
    List<Quotation> quotationOfDraft = new ArrayList<>(); // the quotation of each draft in speech
    for (Quotation q : ctx.quotations) {
      ctx.deadline.check();
      int[] content = content(ctx.text, q);
      if (content == null) {
        continue;
      }
      quotationOfDraft.add(q);
      Speaker speaker;
      if (q.parent() != null) {
        Speaker parent = speakers.get(q.parent());
        speaker = new Speaker(parent == null ? null : parent.name(), "nested");
      } else {
        speaker = attribute(ctx, quoteRules, q, statements, speech);
      }
      speakers.put(q, speaker);
      String quoted = ctx.text.substring(content[0], content[1]);
      boolean fragment = Texts.words(quoted) <= FRAGMENT_WORDS;
      String nestedIn = null;
      if (q.parent() != null) {
        int[] parent = content(ctx.text, q.parent());
        nestedIn = parent == null ? null : ctx.text.substring(parent[0], parent[1]);
      }
      speech.add(new Draft(ClaimType.QUOTE, speaker.name(), quoted,
          new QuoteValue(fragment, nestedIn), content[0], content[1], "quote:" + speaker.sieve()));
    }
    continueOpenQuotes(ctx.text, speech, quotationOfDraft);
    out.addAll(speech);
    out.addAll(statements);
  }

  /**
   * A quotation left open at the end of its paragraph continues in the quotation that opens the
   * next one (the news convention for a quote running over several paragraphs), so an
   * unattributed open quotation takes that quotation's speaker; chains resolve from the last.
   */
  private static void continueOpenQuotes(String text, List<Draft> speech, List<Quotation> quoted) {
    for (int i = speech.size() - 2; i >= 0; i--) {
      Quotation q = quoted.get(i);
      Quotation next = quoted.get(i + 1);
      Draft draft = speech.get(i);
      Draft following = speech.get(i + 1);
      if (draft.speaker() != null || following.speaker() == null || q.closed()
          || q.parent() != null || next.parent() != null || next.open() < q.close()
          || !text.substring(q.close(), next.open()).isBlank()
          || text.substring(q.close(), next.open()).indexOf('\n') < 0) {
        continue;
      }
      speech.set(i, new Draft(draft.type(), following.speaker(), draft.text(), draft.value(),
          draft.cleanStart(), draft.cleanEnd(), "quote:continued-quote"));
    }
  }

  /** The quoted words without marks, white space or trailing commas: [start, end), or null. */
  private static int @Nullable [] content(String text, Quotation q) {
    int start = q.contentStart();
    int end = q.close();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1))
        || ",;:.".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end > start ? new int[] {start, end} : null;
  }

  private Speaker attribute(ArticleContext ctx, RuleSet rules, Quotation q,
      List<Draft> statements, List<Draft> earlierQuotes) {
    Sentence openSentence = ctx.sentenceAt(q.open());
    Sentence closeSentence = ctx.sentenceAt(Math.max(q.open(), q.close() - 1));
    int afterEnd = Math.max(closeSentence.end(), Math.min(ctx.text.length(), q.close() + 1));
    int nextBreak = ctx.text.indexOf('\n', q.close());
    if (nextBreak >= 0 && nextBreak < afterEnd) {
      afterEnd = nextBreak;
    }
    int beforeStart = Math.max(openSentence.start(), lineStart(ctx.text, q.open()));
    for (Rule rule : rules.rules()) {
      String name = rule.name();
      RuleRole role = rule.role();
      Matcher m;
      if (role.afterQuote()) {
        if (!q.closed() || q.close() + 1 > afterEnd) {
          continue;
        }
        m = RuleSet.matcher(rule, ctx.textFor(rules), q.close() + 1, afterEnd);
        if (!m.lookingAt()) {
          continue;
        }
        if (role.unresolved()) {
          return new Speaker(null, name); // a description we cannot resolve: say so
        }
      } else if (role.beforeQuote()) {
        m = matchAtTokens(ctx, rule, rules, openSentence, beforeStart, q.open());
        if (m == null) {
          continue;
        }
        if (role == RuleRole.BEFORE_SUBJECT) {
          String subject = ctx.discourse.firstActor(beforeStart, m.start());
          if (subject != null) {
            return new Speaker(subject, name + "+sentence-subject");
          }
          continue;
        }
      } else if (role.frame()) {
        m = matchAtTokens(ctx, rule, rules, openSentence, beforeStart, q.open());
        if (m == null) {
          continue;
        }
        if (role.unresolved()) {
          return new Speaker(null, name); // the sentence names no one: say so
        }
      } else {
        continue;
      }
      String speaker = speakerOf(ctx, m);
      if (speaker != null) {
        return new Speaker(speaker, name);
      }
    }
    if (!isBlank(ctx.text, beforeStart, q.open())) {
      String subject = ctx.discourse.firstActor(beforeStart, q.open());
      if (subject != null) {
        return new Speaker(subject, "sentence-subject");
      }
    }
    String previous = previousSpeaker(ctx, q, statements, earlierQuotes);
    if (previous != null) {
      return new Speaker(previous, "previous-speaker");
    }
    return new Speaker(null, "unattributed");
  }

  /** Whether {@code text[from, to)} is empty or white space, read from its end. */
  private static boolean isBlank(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int lineStart(String text, int offset) {
    int newline = text.lastIndexOf('\n', Math.max(0, offset - 1));
    return newline + 1;
  }

  /**
   * The first match of a rule that starts at a token of the sentence in [from, to) that its
   * {@code starts:} line allows, outside any quotation; {@code $} in the pattern matches at
   * {@code to}. Null when none.
   */
  private static @Nullable Matcher matchAtTokens(ArticleContext ctx, Rule rule, RuleSet rules,
      Sentence sentence, int from, int to) {
    CharSequence text = ctx.textFor(rules);
    SentenceWords words = ctx.words(sentence);
    Matcher m = null;
    // a match reads at most RuleSet.MAX_MATCH_CHARS: tokens further back than that are not tried
    int reach = Math.max(from, to - RuleSet.MAX_MATCH_CHARS);
    List<dev.claimdiff.nlp.Token> tokens = sentence.tokens();
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < reach) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int k = low; k < tokens.size() && tokens.get(k).start() < to; k++) {
      dev.claimdiff.nlp.Token token = tokens.get(k);
      if (!rule.starts().allows(words, k, text)) {
        continue;
      }
      if (ctx.quotationAt(token.start()) != null) {
        continue;
      }
      if (m == null) {
        m = RuleSet.matcher(rule, text, token.start(), to);
      } else {
        m.region(token.start(), to); // keeps the bounds' settings
      }
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /** How far back a marker of whom the speaker talked to may start. */
  private static final int TOLD_MARKER_REACH = 40;

  /**
   * Where a marker of whom the speaker talked to ('kepada', 'dalam wawancara dengan') starts, when
   * one ends right before {@code offset}; else -1.
   */
  private static int toldMarkerBefore(ArticleContext ctx, int offset) {
    Pattern marker = ctx.rules.pattern("told-marker-before", lexicon -> Pattern.compile(
        WordPatterns.alternation(lexicon.list("told-markers")) + "\\s+\\z"));
    int[] found = ctx.firstMatchAtListWords(marker, "told-markers",
        Math.max(0, offset - TOLD_MARKER_REACH), offset);
    return found == null ? -1 : found[0];
  }



  private static @Nullable String speakerOf(ArticleContext ctx, Matcher m) {
    if (group(m, "nya") != null) {
      return ctx.discourse.personBefore(m.start("nya"));
    }
    String surface = ctx.group(m, "speaker");
    if (surface == null) {
      return null;
    }
    return ctx.discourse.speaker(surface, m.start("speaker"));
  }

  /** The speaker of the last quotation or statement in this or the previous paragraph. */
  private static @Nullable String previousSpeaker(ArticleContext ctx, Quotation q,
      List<Draft> statements, List<Draft> earlierQuotes) {
    int paragraph = ctx.sentenceAt(q.open()).paragraph();
    Draft best = null;
    for (List<Draft> list : List.of(statements, earlierQuotes)) {
      for (Draft d : list) {
        if (d.cleanStart() < q.open() && d.speaker() != null
            && ctx.sentenceAt(d.cleanStart()).paragraph() >= paragraph - 1
            && (best == null || d.cleanStart() > best.cleanStart())) {
          best = d;
        }
      }
    }
    return best == null ? null : best.speaker();
  }

  /** The article's reported speech ({@code statement} rules). */
  List<Draft> statements(ArticleContext ctx) {
    return statements(ctx, ctx.rules.rules("statement"));
  }

  /** {@link #statements(ArticleContext)} with the rules of {@code rules}. */
  List<Draft> statements(ArticleContext ctx, RuleSet rules) {
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
        int textStart = clauseStart + (clause.length() - trimmed.length());
        if (bahwa >= 0 && (quote < 0 || bahwa < quote)
            && adverbial.matcher(clause.substring(0, bahwa)).matches()) {
          textStart = clauseStart + bahwaAt[1];
        } else if (rule.role() != RuleRole.VERB_CLAUSE && rule.role() != RuleRole.CUE_CLAUSE) {
          return; // a complement clause without its complementizer
        } else if (rule.role() == RuleRole.VERB_CLAUSE
            && hasElidedSubjectClause(ctx, rules, clauseStart, clauseEnd)) {
          return; // 'membantah tuduhan itu, tetapi mengakui bahwa …': the second verb reports
        }
        int textEnd = clauseEnd;
        while (textEnd > textStart && ".!?\"” ".indexOf(ctx.text.charAt(textEnd - 1)) >= 0) {
          textEnd--;
        }
        while (textStart < textEnd && Character.isWhitespace(ctx.text.charAt(textStart))) {
          textStart++;
        }
        String reported = ctx.text.substring(textStart, textEnd);
        if (Texts.words(reported) < 3) {
          return;
        }
        String speaker;
        int toldTo = group(m, "speaker") != null ? toldMarkerBefore(ctx, m.start("speaker")) : -1;
        if (toldTo >= 0) {
          // 'X kepada Reuters mengatakan': the outlet is the listener; the speaker is the actor
          // named right before the marker, if any
          speaker = ctx.discourse.actorEndingAt(Texts.stripEnd(ctx.text, sentence.start(), toldTo));
        } else if (group(m, "nya") != null || group(m, "speaker") != null) {
          speaker = speakerOf(ctx, m);
        } else {
          speaker = ctx.discourse.firstActor(sentence.start(), m.start());
        }
        String verb = group(m, "verb");
        int start = group(m, "speaker") != null ? m.start("speaker") : m.start();
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
    String verb = group(m, "verb");
    return new Draft(ClaimType.STATEMENT, speakerOf(ctx, m), Texts.collapse(clause).strip(),
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
    String verb = group(m, "verb");
    return new Draft(ClaimType.STATEMENT, speakerOf(ctx, m), clause,
        new StatementValue(verb == null ? "" : verb.toLowerCase(Locale.ROOT)),
        sentence.start(), sentence.end(), "statement:" + rule.name());
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
        lexicon -> Pattern.compile(WordPatterns.alternation(lexicon.list("complementizers"))));
    int[] found = ctx.firstMatchAtListWords(complementizers, "complementizers", from, to);
    return found == null ? new int[] {-1, -1} : new int[] {found[0] - from, found[1] - from};
  }


  /** What may stand between a speech verb and its clause: 'kepada wartawan', 'dalam sambutan …'. */
  private static Pattern adverbial(ArticleContext ctx) {
    return ctx.rules.pattern("speech-adverbials", lexicon -> Pattern.compile(
        "\\s*,?\\s*(?:" + WordPatterns.alternation(lexicon.list("speech-adverbials"))
            + "[^\"“-”]{0,80}?)?\\s*[,:]?\\s*",
        Pattern.UNICODE_CHARACTER_CLASS));
  }

  /** The text of a named group of the match, or null when it took no part or the rule has none. */
  static @Nullable String group(Matcher m, String name) {
    // asking a matcher for a group its pattern lacks throws, and an exception per call is slow
    return GROUP_NAMES.computeIfAbsent(m.pattern(), SpeechExtractor::groupNames).contains(name)
        ? m.group(name) : null;
  }

  private static final java.util.Map<Pattern, java.util.Set<String>> GROUP_NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final Pattern GROUP_NAME = Pattern.compile("(?<!\\\\)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  /** The names of a pattern's named groups ('(?<speaker>…)'). */
  private static java.util.Set<String> groupNames(Pattern pattern) {
    java.util.Set<String> names = new java.util.HashSet<>();
    Matcher m = GROUP_NAME.matcher(pattern.pattern());
    while (m.find()) {
      names.add(m.group(1));
    }
    return java.util.Set.copyOf(names);
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
