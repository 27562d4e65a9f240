package dev.claimdiff;

import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.extract.Deadline;
import dev.claimdiff.extract.Extraction;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.lang.WordList;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.SentenceSplitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Extracts a batch of articles already read, with each article's failure contained: splits them
 * all into sentences, then runs the extractors over the whole batch ({@link Claimdiff#BATCH_SIZE}
 * says why), within a time budget. Whatever one article throws, or running over its budget, is
 * that article's failure alone. Safe to use from several threads.
 */
final class BatchExtractor {
  /** What becomes of the {@code index}-th article of a batch, extracted. */
  interface Extracted<R> {
    R of(int index, AnnotatedArticle annotated, Extraction extraction);
  }

  /**
   * What becomes of the {@code index}-th article of a batch that failed to split or extract, or
   * ran over its time budget ({@link Deadline.Exceeded}).
   */
  interface Failed<R> {
    R of(int index, Throwable failure);
  }

  private final SentenceSplitter splitter;
  private final ClaimExtractor extractor;
  private final ArticleLoader loader;
  private final Duration articleTimeout;
  /** Called with each article before it is split: a seam for tests of failure containment. */
  private final Consumer<Article> beforeSplit;
  /** The languages whose rules have been warmed up (see {@link #warmUp}). */
  private final Set<Language> warm = ConcurrentHashMap.newKeySet();

  BatchExtractor(SentenceSplitter splitter, ClaimExtractor extractor, ArticleLoader loader,
      Duration articleTimeout, Consumer<Article> beforeSplit) {
    this.splitter = splitter;
    this.extractor = extractor;
    this.loader = loader;
    this.articleTimeout = articleTimeout;
    this.beforeSplit = beforeSplit;
  }

  /**
   * Splits every article of a batch into sentences, then extracts them; an article that fails is
   * handed to {@code failed}, and the others go on. Whatever an article throws (an exception, a
   * stack overflow, running out of memory; not the JVM's own internal errors) is its failure
   * alone: when the batch's extraction throws or runs over one article's time budget, each
   * article is extracted again alone, with a budget of its own, so that only the one at fault
   * fails.
   */
  <R> List<R> inBatch(List<Article> batch, Extracted<R> extracted, Failed<R> failed) {
    List<@Nullable AnnotatedArticle> annotated = new ArrayList<>(batch.size());
    List<@Nullable Throwable> failures = new ArrayList<>(batch.size());
    for (Article article : batch) {
      warmUp(ClaimExtractor.rulesLanguage(article.metadata().language()));
    }
    for (Article article : batch) {
      try {
        Deadline deadline = Deadline.after(articleTimeout);
        beforeSplit.accept(article);
        AnnotatedArticle a = splitter.split(article);
        deadline.check(); // the tokenizer cannot be stopped half-way, but it is linear
        annotated.add(a);
        failures.add(null);
      } catch (Throwable t) {
        rethrowIfFatal(t);
        annotated.add(null);
        failures.add(t);
      }
    }
    List<AnnotatedArticle> split = annotated.stream().filter(Objects::nonNull).toList();
    List<Extraction> extractions;
    try {
      // the whole batch gets one article's budget: a batch of news takes a few milliseconds
      extractions = extractor.extractAll(split, Deadline.after(articleTimeout));
    } catch (Throwable t) {
      rethrowIfFatal(t);
      extractions = null; // one article failed: each is extracted alone, to fail on its own
    }
    List<R> out = new ArrayList<>(batch.size());
    int next = 0;
    for (int i = 0; i < batch.size(); i++) {
      AnnotatedArticle a = annotated.get(i);
      Throwable failure = failures.get(i);
      if (a != null) {
        try {
          Extraction extraction = extractions != null ? extractions.get(next++)
              : extractor.extractAll(List.of(a), Deadline.after(articleTimeout)).get(0);
          out.add(extracted.of(i, a, extraction));
          continue;
        } catch (Throwable t) {
          rethrowIfFatal(t);
          failure = t;
        }
      }
      out.add(failed.of(i, Objects.requireNonNull(failure)));
    }
    return out;
  }

  /**
   * Loads a language's rules and lexicon caches, which load lazily on first use, by extracting a
   * short text of our own once, outside any time budget: the first article of a run must not pay
   * for them (about a second on a busy machine) out of its budget.
   */
  private void warmUp(Language language) {
    if (articleTimeout.isZero() || warm.contains(language)) {
      return;
    }
    synchronized (warm) {
      // marked warm only once warmed, so a thread that finds it warm never pays for loading
      if (!warm.contains(language)) {
        String resource = LanguageFile.WARM_UP.resource(language);
        if (ClaimExtractor.supports(language) && WordList.exists(resource)) {
          String sample = String.join(" ", WordList.load(resource));
          try {
            extractor.extractAll(splitter.split(loader.fromText("warm-up", sample,
                new ArticleMetadata(language, null, null, null))));
          } catch (RuntimeException e) {
            // warming up is an optimisation: a failure here shows again, contained, on an article
          }
        }
        warm.add(language);
      }
    }
  }

  /**
   * Errors one article cannot have caused, which leave the JVM unfit to go on (an internal
   * error of the virtual machine), are not contained; a stack overflow and running out of
   * memory unwind the article's own work and free it, so they are.
   */
  static void rethrowIfFatal(Throwable t) {
    if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)
        && !(t instanceof OutOfMemoryError)) {
      throw (VirtualMachineError) t;
    }
  }

  /** Why an article's extraction failed, for people (no stack trace). */
  static String failureMessage(Throwable t) {
    if (t instanceof Deadline.Exceeded) {
      return t.getMessage();
    }
    if (t instanceof StackOverflowError) {
      return "extraction failed: the text nests or repeats too deeply (stack overflow)";
    }
    if (t instanceof OutOfMemoryError) {
      return "extraction failed: out of memory";
    }
    String message = t.getMessage();
    return "extraction failed: internal error (" + t.getClass().getSimpleName()
        + (message == null ? "" : ": " + message) + ")";
  }
}
