package dev.claimdiff;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.ClaimAligner;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.extract.Extraction;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.InputResolver;
import dev.claimdiff.ingest.InputSource;
import dev.claimdiff.ingest.LoadResult;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.SentenceSplitter;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Report;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The engine's facade: reads inputs, extracts claims, aligns them across articles and returns
 * the {@link Report}. This is what the CLI calls, and what a program embedding claimdiff calls.
 *
 * <pre>{@code
 * Report report = Claimdiff.create(Claimdiff.Options.defaults()).compare(List.of("seeds/"));
 * }</pre>
 *
 * <p>Articles are extracted in parallel on {@link Options#threads()} threads, in batches of
 * {@link #BATCH_SIZE}, while inputs are read in order; at most a few batches' texts are in
 * memory at once, and only claims and a small digest (for alignment) are kept of each article.
 * The report is the same, byte for byte, whatever the number of threads. An instance is safe to
 * use from several threads; build it once (CoreNLP's tokenizer and the rules load in its
 * constructor).
 */
public final class Claimdiff {

  /**
   * How to run.
   *
   * @param language the language of every article, or null to detect it per article
   * @param threads how many articles to extract at once (at least 1)
   * @param stdin where the input {@code -} is read from
   * @param progress told after each article with (articles done, inputs in all); may be null
   */
  public record Options(
      @Nullable Language language,
      int threads,
      Supplier<InputStream> stdin,
      @Nullable ProgressListener progress) {
    public Options {
      checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
    }

    /** Detect languages, use every core, read {@code -} from {@link System#in}. */
    public static Options defaults() {
      return new Options(null, Runtime.getRuntime().availableProcessors(), () -> System.in, null);
    }

    /** A copy with another language (null: detect). */
    public Options withLanguage(@Nullable Language newLanguage) {
      return new Options(newLanguage, threads, stdin, progress);
    }

    /** A copy with another thread count. */
    public Options withThreads(int newThreads) {
      return new Options(language, newThreads, stdin, progress);
    }

    /** A copy reading {@code -} from another stream. */
    public Options withStdin(Supplier<InputStream> newStdin) {
      return new Options(language, threads, newStdin, progress);
    }

    /** A copy with a progress listener. */
    public Options withProgress(@Nullable ProgressListener listener) {
      return new Options(language, threads, stdin, listener);
    }
  }

  /** Told how far a run has come. */
  @FunctionalInterface
  public interface ProgressListener {
    /** Called after each input article is processed. */
    void progress(int done, int total);
  }

  private final Options options;
  private final ArticleLoader loader;
  private final SentenceSplitter splitter;
  private final ClaimExtractor extractor;
  private final ClaimAligner aligner;

  private Claimdiff(Options options) {
    this.options = options;
    this.loader = new ArticleLoader(options.language(), options.stdin());
    this.splitter = new SentenceSplitter();
    this.extractor = new ClaimExtractor();
    this.aligner = new ClaimAligner();
  }

  /** An engine with these options. */
  public static Claimdiff create(Options options) {
    return new Claimdiff(options);
  }

  /** Reads, extracts and aligns: the full report. */
  public Report compare(List<String> inputs) {
    return run(inputs, true);
  }

  /** Reads and extracts, without alignment: claims per article. */
  public Report extract(List<String> inputs) {
    return run(inputs, false);
  }

  /** The claims of one article already in memory (no alignment). */
  public ImmutableList<Claim> claims(Article article) {
    return extractor.extract(splitter.split(article));
  }

  /**
   * The extractions of articles already in memory, in order: what {@link #claims} gives, with the
   * spellings, for many articles, done the way {@link #compare} does it ({@link #BATCH_SIZE} at a
   * time, on the calling thread).
   *
   * @throws RuntimeException what extracting an article threw, for the first that failed
   */
  public ImmutableList<Extraction> extractAll(List<Article> articles) {
    ImmutableList.Builder<Extraction> out = ImmutableList.builder();
    for (int from = 0; from < articles.size(); from += BATCH_SIZE) {
      out.addAll(inBatch(articles.subList(from, Math.min(articles.size(), from + BATCH_SIZE)),
          (i, annotated, extraction) -> extraction,
          (i, e) -> {
            throw e;
          }));
    }
    return out.build();
  }

  /**
   * How many articles a worker takes at a time (fewer when a worker would otherwise wait for the
   * batch to fill): it tokenizes them all, then runs each extractor over all of them in turn
   * ({@link ClaimExtractor#extractAll(List)}). CoreNLP's tables, and then each extractor's
   * rules, stay in the processor's caches for a whole batch instead of evicting each other at
   * every article: extraction runs about 15 % faster (docs/performance.md). A batch's articles
   * are in memory together, with their tokens and what the extractors share about each.
   */
  public static final int BATCH_SIZE = 32;

  /** What becomes of the {@code index}-th article of a batch, extracted. */
  private interface Extracted<R> {
    R of(int index, AnnotatedArticle annotated, Extraction extraction);
  }

  /** What becomes of the {@code index}-th article of a batch that failed to split or extract. */
  private interface Failed<R> {
    R of(int index, RuntimeException e);
  }

  /**
   * Splits every article of a batch into sentences, then extracts them (see {@link #BATCH_SIZE});
   * an article that fails is handed to {@code failed}, and the others go on (when extraction
   * throws, each article is extracted again alone, so that only the one at fault fails).
   */
  private <R> List<R> inBatch(List<Article> batch, Extracted<R> extracted, Failed<R> failed) {
    List<@Nullable AnnotatedArticle> annotated = new ArrayList<>(batch.size());
    List<@Nullable RuntimeException> failures = new ArrayList<>(batch.size());
    for (Article article : batch) {
      try {
        annotated.add(splitter.split(article));
        failures.add(null);
      } catch (RuntimeException e) {
        annotated.add(null);
        failures.add(e);
      }
    }
    List<AnnotatedArticle> split = annotated.stream().filter(java.util.Objects::nonNull).toList();
    List<Extraction> extractions;
    try {
      extractions = extractor.extractAll(split);
    } catch (RuntimeException e) {
      extractions = null; // one article failed: each is extracted alone, to fail on its own
    }
    List<R> out = new ArrayList<>(batch.size());
    int next = 0;
    for (int i = 0; i < batch.size(); i++) {
      AnnotatedArticle a = annotated.get(i);
      RuntimeException failure = failures.get(i);
      if (a != null) {
        try {
          Extraction extraction =
              extractions != null ? extractions.get(next++) : extractor.extractAll(a);
          out.add(extracted.of(i, a, extraction));
          continue;
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      out.add(failed.of(i, java.util.Objects.requireNonNull(failure)));
    }
    return out;
  }

  private Report run(List<String> inputs, boolean align) {
    checkArgument(!inputs.isEmpty(), "no input given");
    List<Object> items = new ArrayList<>(); // InputSource or LoadResult, in argument order
    InputResolver.resolve(inputs, items::add, items::add);
    int total = (int) items.stream().filter(i -> i instanceof InputSource).count();

    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "claimdiff-extract");
      t.setDaemon(true);
      return t;
    });
    // articles read but not yet extracted: a batch being filled and two per thread at most
    Semaphore inFlight = new Semaphore((2 * options.threads() + 1) * BATCH_SIZE);
    // one result per input article, in input order; a batch completes its articles' results
    List<CompletableFuture<ArticleResult>> results = new ArrayList<>();
    List<LoadResult> batch = new ArrayList<>();
    List<CompletableFuture<ArticleResult>> batchResults = new ArrayList<>();
    // batches submitted and not yet done: a worker that would sit idle gets a batch at once,
    // however small (a run over a handful of articles uses every thread)
    AtomicInteger running = new AtomicInteger();
    Runnable submitBatch = () -> {
      if (batch.isEmpty()) {
        return;
      }
      running.incrementAndGet();
      List<LoadResult> loaded = List.copyOf(batch);
      List<CompletableFuture<ArticleResult>> pending = List.copyOf(batchResults);
      batch.clear();
      batchResults.clear();
      pool.execute(() -> {
        try {
          List<ArticleResult> done = inBatch(
              loaded.stream().map(LoadResult::article).toList(),
              (i, annotated, extraction) -> result(loaded.get(i), annotated, extraction, align),
              // one article's failure must not cost the others: report it and go on
              (i, e) -> failed(LoadResult.error(loaded.get(i).id(), loaded.get(i).path(),
                  "could not extract claims: " + e)));
          for (int i = 0; i < pending.size(); i++) {
            pending.get(i).complete(done.get(i));
          }
        } catch (Throwable t) {
          pending.forEach(f -> f.completeExceptionally(t));
        } finally {
          running.decrementAndGet();
          inFlight.release(loaded.size());
        }
      });
    };
    int[] done = {0};
    try {
      for (Object item : items) {
        if (item instanceof LoadResult failure) {
          results.add(CompletableFuture.completedFuture(failed(failure)));
          continue;
        }
        loader.load((InputSource) item, result -> {
          if (result.article() == null) {
            results.add(CompletableFuture.completedFuture(failed(result)));
            return;
          }
          inFlight.acquireUninterruptibly();
          CompletableFuture<ArticleResult> future = new CompletableFuture<>();
          results.add(future);
          batch.add(result);
          batchResults.add(future);
          if (batch.size() == BATCH_SIZE || running.get() < options.threads()) {
            submitBatch.run();
          }
        });
        done[0]++;
        if (options.progress() != null) {
          options.progress().progress(done[0], total);
        }
      }
      submitBatch.run();
      List<ArticleResult> collected = new ArrayList<>();
      for (Future<ArticleResult> future : results) {
        collected.add(future.get());
      }
      return assemble(collected, align);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** An extracted article's result; its digest only when the articles are to be aligned. */
  private static ArticleResult result(LoadResult loaded, AnnotatedArticle annotated,
      Extraction extraction, boolean align) {
    Article article = annotated.article();
    ImmutableList<Claim> claims = extraction.claims();
    Language language = article.metadata().language();
    String message = loaded.message();
    if (language != null && !ClaimExtractor.supports(language)) {
      String unsupported = "no claim extraction rules for language '" + language.code() + "' yet";
      message = message == null ? unsupported : message + "; " + unsupported;
    } else if (language == null) {
      String unknown = "language could not be told; read with the Indonesian rules";
      message = message == null ? unknown : message + "; " + unknown;
    }
    ArticleEntry entry = new ArticleEntry(article.id(), article.path(),
        language == null ? null : language.code(), article.metadata().outlet(),
        article.metadata().published(), "ok", message, article.text().length(),
        article.metadata().dateline(), claims.size());
    return new ArticleResult(entry, claims, align ? ArticleDigest.of(annotated, extraction) : null);
  }

  private static ArticleResult failed(LoadResult result) {
    ArticleEntry entry = new ArticleEntry(result.id(), result.path(), null, null, null,
        result.status().name().toLowerCase(Locale.ROOT), result.message(), 0, null, 0);
    return new ArticleResult(entry, ImmutableList.of(), null);
  }

  private Report assemble(List<ArticleResult> results, boolean align) {
    // article ids must be unique in a report: the same file given twice gets '~2'
    Map<String, Integer> seen = new HashMap<>();
    List<ArticleEntry> entries = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<ArticleDigest> digests = new ArrayList<>();
    for (ArticleResult r : results) {
      int n = seen.merge(r.entry().id(), 1, Integer::sum);
      String id = n == 1 ? r.entry().id() : r.entry().id() + "~" + n;
      ArticleEntry e = r.entry();
      entries.add(new ArticleEntry(id, e.path(), e.language(), e.outlet(), e.published(),
          e.status(), e.message(), e.chars(), e.dateline(), e.claims()));
      for (Claim c : r.claims()) {
        claims.add(id.equals(c.article()) ? c : renamed(c, id));
      }
      if (r.digest() != null) {
        digests.add(r.digest().withArticle(id, e.outlet()));
      }
    }
    List<String> notes = new ArrayList<>();
    ImmutableList<Finding> findings = ImmutableList.of();
    if (entries.stream().noneMatch(ArticleEntry::ok)) {
      notes.add("no article could be read: nothing to extract or compare");
    } else if (align && digests.size() == 1) {
      notes.add("nothing to compare: only one article could be read; its claims are listed");
    } else if (align) {
      ClaimAligner.Alignment alignment = aligner.alignWithNotes(digests, claims);
      findings = alignment.findings();
      notes.addAll(alignment.notes());
    }
    return new Report(Report.SCHEMA, ImmutableList.copyOf(entries), ImmutableList.copyOf(claims),
        findings, ImmutableList.copyOf(notes));
  }

  private static Claim renamed(Claim c, String articleId) {
    String number = c.id().substring(c.id().lastIndexOf('#'));
    return new Claim(articleId + number, articleId, c.type(), c.speaker(), c.text(), c.value(),
        c.span(), c.evidence(), c.rule(), c.zone(), c.context());
  }


}
