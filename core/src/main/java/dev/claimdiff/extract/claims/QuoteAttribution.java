package dev.claimdiff.extract.claims;

import dev.claimdiff.extract.ClaimType;
import dev.claimdiff.extract.ClaimValue.QuoteValue;
import dev.claimdiff.extract.discourse.ArticleContext;
import dev.claimdiff.extract.discourse.QuoteFinder;
import dev.claimdiff.extract.discourse.QuoteFinder.Quotation;
import dev.claimdiff.extract.engine.RuleRole;
import dev.claimdiff.extract.engine.RuleSet;
import dev.claimdiff.extract.engine.RuleSet.Rule;
import dev.claimdiff.extract.engine.SentenceWords;
import dev.claimdiff.extract.engine.Texts;
import dev.claimdiff.extract.engine.matchers.CharClasses;
import dev.claimdiff.extract.engine.matchers.CharTrie;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * QUOTE claims: the quotations {@link QuoteFinder} found, each with its speaker. The speaker
 * comes from the sieves of the {@code quote} rule file tried in order (each rule's
 * {@link RuleRole}: after the quote, before it, the sentence's speech frame), then the sentence's
 * first actor, then the previous speaker; a nested quotation inherits its parent's speaker.
 */
public final class QuoteAttribution {
  private static final int FRAGMENT_WORDS = 2;

  private record Speaker(@Nullable String name, String sieve) {}

  /**
   * The article's quotations, attributed, in text order; {@code statements} are its reported
   * speech ({@link ReportedSpeech}), found first: a quotation's speaker may come from one.
   */
  public List<Draft> quotes(ArticleContext ctx, List<Draft> statements) {
    return quotes(ctx, ctx.rules.rules("quote"), statements);
  }

  /** {@link #quotes(ArticleContext, List)} with the sieves of {@code quoteRules}. */
  public List<Draft> quotes(ArticleContext ctx, RuleSet quoteRules, List<Draft> statements) {
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
    return speech;
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
      String speaker = SpeakerGroups.speaker(ctx, m);
      if (speaker != null) {
        return new Speaker(speaker, name);
      }
    }
    if (!isBlank(ctx.text, beforeStart, q.open())) {
      if (!speechWordIn(ctx, openSentence, beforeStart, q.open())) {
        // 'Indonesia sits on the Pacific "Ring of Fire"': a term in quotation marks in a clause
        // that reports no speech is no one's quotation
        return new Speaker(null, "no-speech-unresolved");
      }
      String subject = ctx.discourse.firstActor(beforeStart, q.open());
      if (subject != null) {
        return new Speaker(subject, "sentence-subject");
      }
      if (ctx.discourse.unresolvedMentionIn(beforeStart, q.open())) {
        // the words before the quotation have a subject of their own that names no one known
        // ('Pengunjuk rasa … meneriakkan "…"'): not the previous speaker's words
        return new Speaker(null, "own-subject-unresolved");
      }
    }
    String previous = previousSpeaker(ctx, q, statements, earlierQuotes);
    if (previous != null) {
      return new Speaker(previous, "previous-speaker");
    }
    return new Speaker(null, "unattributed");
  }

  /**
   * Whether a speech, reporting or stance verb or a complementizer ('said', 'menyebut', 'bahwa')
   * starts at a word of the sentence in [from, to): the words before a quotation report speech.
   */
  private static boolean speechWordIn(ArticleContext ctx, Sentence sentence, int from, int to) {
    CharTrie words = ctx.rules.cached("speech-or-complementizer", lexicon -> CharTrie.of(
        java.util.stream.Stream.of(LanguageFile.SPEECH_VERBS, LanguageFile.REPORTING_VERBS,
            LanguageFile.STANCE_VERBS, LanguageFile.COMPLEMENTIZERS)
            .flatMap(list -> lexicon.list(list).stream()).toList(), true));
    for (dev.claimdiff.nlp.Token token : sentence.tokens()) {
      if (token.start() >= to) {
        break;
      }
      if (token.start() >= from && CharClasses.isWholeWord(words, ctx.text, token.start(), to)) {
        return true;
      }
    }
    return false;
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
}
