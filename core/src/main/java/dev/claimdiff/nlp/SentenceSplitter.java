package dev.claimdiff.nlp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Splits cleaned article text into sentences and tokens with Stanford CoreNLP's (English)
 * tokenizer, which behaves on Indonesian with these settings: hyphenated words stay whole
 * ({@code perbedaan-perbedaan}), offsets are kept, and a blank line ends a sentence so that
 * headlines and captions do not glue onto the next sentence.
 *
 * <p>CoreNLP splits after abbreviations it does not know ({@code Jl.}, {@code dll.}); a sentence
 * that ends with one from {@code nlp/<code>/abbreviations.txt} is joined to the next one when both
 * are in the same paragraph.
 *
 * <p>Built once (about 0.2 s) and safe to share between threads: CoreNLP's tokenize annotator keeps
 * no state between documents.
 */
public final class SentenceSplitter {
  private final StanfordCoreNLP pipeline;
  private final ImmutableSet<String> abbreviations;

  /**
   * The CoreNLP settings the splitter runs with (tokenize,ssplit; settings that suit Indonesian),
   * a fresh copy; the benchmark's CoreNLP peer runs with the same ones.
   */
  public static Properties coreNlpProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options",
        "splitHyphenated=false,invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,quotes=original,ellipses=original,dashes=original,"
            + "untokenizable=noneKeep");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return props;
  }

  /** A splitter; silences CoreNLP's own logging. */
  public SentenceSplitter() {
    // CoreNLP logs through its own Redwood system ("Adding annotator tokenize"): silence it
    RedwoodConfiguration.current().clear().apply();
    this.pipeline = new StanfordCoreNLP(coreNlpProperties(), false);
    ImmutableSet.Builder<String> abbr = ImmutableSet.builder();
    for (Language language : Language.values()) {
      String resource = LanguageFile.ABBREVIATIONS.resource(language);
      if (WordList.exists(resource)) {
        WordList.load(resource).forEach(a -> abbr.add(a.toLowerCase(Locale.ROOT)));
      }
    }
    this.abbreviations = abbr.build();
  }

  /** The sentences of an article's cleaned text. */
  public AnnotatedArticle split(Article article) {
    String text = article.clean().text();
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<List<Token>> raw = new ArrayList<>();
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences != null) {
      for (CoreMap sentence : sentences) {
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
          int start = label.beginPosition();
          int end = label.endPosition();
          if (end > start) {
            tokens.add(new Token(text.substring(start, end), start, end));
          }
        }
        if (!tokens.isEmpty()) {
          raw.add(tokens);
        }
      }
    }
    return new AnnotatedArticle(article, joinAbbreviations(text, raw));
  }

  private ImmutableList<Sentence> joinAbbreviations(String text, List<List<Token>> raw) {
    List<List<Token>> joined = new ArrayList<>();
    for (List<Token> tokens : raw) {
      if (!joined.isEmpty()) {
        List<Token> previous = joined.get(joined.size() - 1);
        Token last = previous.get(previous.size() - 1);
        boolean sameParagraph = !text.substring(last.end(), tokens.get(0).start()).contains("\n\n");
        if (sameParagraph && endsWithAbbreviation(previous)) {
          previous.addAll(tokens);
          continue;
        }
      }
      joined.add(new ArrayList<>(tokens));
    }
    ImmutableList.Builder<Sentence> out = ImmutableList.builder();
    int paragraph = 0;
    int previousEnd = 0;
    for (int i = 0; i < joined.size(); i++) {
      List<Token> tokens = joined.get(i);
      int start = tokens.get(0).start();
      if (i > 0 && text.substring(previousEnd, start).contains("\n\n")) {
        paragraph++;
      }
      int end = tokens.get(tokens.size() - 1).end();
      out.add(new Sentence(i, start, end, paragraph, ImmutableList.copyOf(tokens)));
      previousEnd = end;
    }
    return out.build();
  }

  private boolean endsWithAbbreviation(List<Token> tokens) {
    int n = tokens.size();
    String last = tokens.get(n - 1).text().toLowerCase(Locale.ROOT);
    if (abbreviations.contains(last)) {
      return true;
    }
    if (last.equals(".") && n >= 2) {
      return abbreviations.contains(tokens.get(n - 2).text().toLowerCase(Locale.ROOT) + ".");
    }
    return false;
  }
}
