package dev.claimdiff;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import dev.claimdiff.align.ArticleDigest;
import dev.claimdiff.align.ClaimAligner;
import dev.claimdiff.extract.Claim;
import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.extract.Deadline;
import dev.claimdiff.extract.Extraction;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.InputResolver;
import dev.claimdiff.ingest.InputSource;
import dev.claimdiff.ingest.LoadResult;
import dev.claimdiff.lang.Language;
import dev.claimdiff.lang.LanguageFile;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.SentenceSplitter;
import dev.claimdiff.report.ArticleEntry;
import dev.claimdiff.report.ArticleTexts;
import dev.claimdiff.report.Finding;
import dev.claimdiff.report.Report;
import dev.claimdiff.story.StoryFeatures;
import dev.claimdiff.story.StoryFindings;
import dev.claimdiff.story.StoryGroup;
import dev.claimdiff.story.StoryGrouper;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
   * @param oneStory whether {@code compare} takes every article as reporting one event, instead of
   *     grouping them into stories first
   * @param articleTimeout how long one article's extraction may take before it is reported as
   *     {@code failed} ({@link #DEFAULT_ARTICLE_TIMEOUT}); zero for no limit
   */
  public record Options(
      @Nullable Language language,
      int threads,
      Supplier<InputStream> stdin,
      @Nullable ProgressListener progress,
      boolean oneStory,
      Duration articleTimeout) {
    public Options {
      checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
      checkArgument(!articleTimeout.isNegative(), "the article timeout cannot be negative: %s",
          articleTimeout);
    }

    /** Options that group articles into stories. */
    public Options(@Nullable Language language, int threads, Supplier<InputStream> stdin,
        @Nullable ProgressListener progress) {
      this(language, threads, stdin, progress, false, DEFAULT_ARTICLE_TIMEOUT);
    }

    /** A copy that takes every article as one story ({@code true}) or groups them. */
    public Options withOneStory(boolean newOneStory) {
      return new Options(language, threads, stdin, progress, newOneStory, articleTimeout);
    }

    /**
     * Detect languages, use every core, read {@code -} from {@link System#in}, give each article
     * {@link #DEFAULT_ARTICLE_TIMEOUT}.
     */
    public static Options defaults() {
      return new Options(null, Runtime.getRuntime().availableProcessors(), () -> System.in, null,
          false, DEFAULT_ARTICLE_TIMEOUT);
    }

    /** A copy with another language (null: detect). */
    public Options withLanguage(@Nullable Language newLanguage) {
      return new Options(newLanguage, threads, stdin, progress, oneStory, articleTimeout);
    }

    /** A copy with another thread count. */
    public Options withThreads(int newThreads) {
      return new Options(language, newThreads, stdin, progress, oneStory, articleTimeout);
    }

    /** A copy reading {@code -} from another stream. */
    public Options withStdin(Supplier<InputStream> newStdin) {
      return new Options(language, threads, newStdin, progress, oneStory, articleTimeout);
    }

    /** A copy with a progress listener. */
    public Options withProgress(@Nullable ProgressListener listener) {
      return new Options(language, threads, stdin, listener, oneStory, articleTimeout);
    }

    /** A copy with another time budget per article (zero: none). */
    public Options withArticleTimeout(Duration timeout) {
      return new Options(language, threads, stdin, progress, oneStory, timeout);
    }
  }

  /**
   * The default time budget of one article's extraction: 10 s, about a thousand times what an
   * article of news takes (docs/reliability.md).
   */
  public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(10);

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
  private final StoryGrouper grouper = new StoryGrouper();

  /** Called with each article before it is split: a seam for tests of failure containment. */
  private final java.util.function.Consumer<Article> beforeSplit;

  private Claimdiff(Options options, java.util.function.Consumer<Article> beforeSplit) {
    this.options = options;
    this.beforeSplit = beforeSplit;
    this.loader = new ArticleLoader(options.language(), options.stdin());
    this.splitter = new SentenceSplitter();
    this.extractor = new ClaimExtractor();
    this.aligner = new ClaimAligner();
  }

  /** An engine with these options. */
  public static Claimdiff create(Options options) {
    return new Claimdiff(options, article -> {});
  }

  /** An engine that calls {@code beforeSplit} with each article first (tests make it throw). */
  static Claimdiff withProbe(Options options, java.util.function.Consumer<Article> beforeSplit) {
    return new Claimdiff(options, beforeSplit);
  }

  /** Reads, extracts and aligns: the full report. */
  public Report compare(List<String> inputs) {
    return run(inputs, true, null);
  }

  /**
   * Reads, extracts and aligns, and hands each readable article's text, under its report id, to
   * {@code texts} (the HTML report shows them). Texts are then held until the run ends.
   */
  public Report compare(List<String> inputs, ArticleTexts.Collector texts) {
    return run(inputs, true, texts);
  }

  /** Reads and extracts, without alignment: claims per article. */
  public Report extract(List<String> inputs) {
    return run(inputs, false, null);
  }

  /** {@link #extract(List)}, handing each readable article's text to {@code texts}. */
  public Report extract(List<String> inputs, ArticleTexts.Collector texts) {
    return run(inputs, false, texts);
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
            Throwables.throwIfUnchecked(e);
            throw new IllegalStateException(e);
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

  /**
   * What becomes of the {@code index}-th article of a batch that failed to split or extract, or
   * ran over its time budget ({@link Deadline.Exceeded}).
   */
  private interface Failed<R> {
    R of(int index, Throwable failure);
  }

  /**
   * Splits every article of a batch into sentences, then extracts them (see {@link #BATCH_SIZE});
   * an article that fails is handed to {@code failed}, and the others go on. Whatever an article
   * throws (an exception, a stack overflow, running out of memory; not the JVM's own internal
   * errors) is its failure alone: when the batch's extraction throws or runs over one article's
   * time budget, each article is extracted again alone, with a budget of its own, so that only
   * the one at fault fails.
   */
  private <R> List<R> inBatch(List<Article> batch, Extracted<R> extracted, Failed<R> failed) {
    List<@Nullable AnnotatedArticle> annotated = new ArrayList<>(batch.size());
    List<@Nullable Throwable> failures = new ArrayList<>(batch.size());
    for (Article article : batch) {
      warmUp(ClaimExtractor.rulesLanguage(article.metadata().language()));
    }
    for (Article article : batch) {
      try {
        Deadline deadline = Deadline.after(options.articleTimeout());
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
    List<AnnotatedArticle> split = annotated.stream().filter(java.util.Objects::nonNull).toList();
    List<Extraction> extractions;
    try {
      // the whole batch gets one article's budget: a batch of news takes a few milliseconds
      extractions = extractor.extractAll(split, Deadline.after(options.articleTimeout()));
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
              : extractor.extractAll(List.of(a), Deadline.after(options.articleTimeout())).get(0);
          out.add(extracted.of(i, a, extraction));
          continue;
        } catch (Throwable t) {
          rethrowIfFatal(t);
          failure = t;
        }
      }
      out.add(failed.of(i, java.util.Objects.requireNonNull(failure)));
    }
    return out;
  }

  /** The languages whose rules have been warmed up (see {@link #warmUp}). */
  private final java.util.Set<Language> warm = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Loads a language's rules and lexicon caches, which load lazily on first use, by extracting a
   * short text of our own once, outside any time budget: the first article of a run must not pay
   * for them (about a second on a busy machine) out of its budget.
   */
  private void warmUp(Language language) {
    if (options.articleTimeout().isZero() || warm.contains(language)) {
      return;
    }
    synchronized (warm) {
      // marked warm only once warmed, so a thread that finds it warm never pays for loading
      if (!warm.contains(language)) {
        String resource = LanguageFile.WARM_UP.resource(language);
        if (ClaimExtractor.supports(language) && dev.claimdiff.lang.WordList.exists(resource)) {
          String sample = String.join(" ", dev.claimdiff.lang.WordList.load(resource));
          try {
            extractor.extractAll(splitter.split(loader.fromText("warm-up", sample,
                new dev.claimdiff.ingest.ArticleMetadata(language, null, null, null))));
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
  private static void rethrowIfFatal(Throwable t) {
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

  private Report run(List<String> inputs, boolean align, ArticleTexts.@Nullable Collector texts) {
    boolean keepTexts = texts != null;
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
              (i, annotated, extraction) ->
                  result(loaded.get(i), annotated, extraction, align, keepTexts),
              // one article's failure must not cost the others: report it and go on
              (i, e) -> extractionFailed(loaded.get(i), failureMessage(e)));
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
      return assemble(collected, align, texts);
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
      Extraction extraction, boolean align, boolean keepText) {
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
        article.metadata().dateline(), claims.size(), article.url());
    return new ArticleResult(entry, claims, align ? ArticleDigest.of(annotated, extraction) : null,
        align ? StoryFeatures.of(annotated, extraction) : null, keepText ? article.text() : null);
  }

  /** An article read but not extracted: status {@code failed}, with why. */
  private static ArticleResult extractionFailed(LoadResult loaded, String message) {
    ArticleEntry entry = new ArticleEntry(loaded.id(), loaded.path(), null, null, null,
        ArticleEntry.FAILED, message, 0, null, 0, null);
    return new ArticleResult(entry, ImmutableList.of(), null, null, null);
  }

  private static ArticleResult failed(LoadResult result) {
    ArticleEntry entry = new ArticleEntry(result.id(), result.path(), null, null, null,
        result.status().name().toLowerCase(Locale.ROOT), result.message(), 0, null, 0, null);
    return new ArticleResult(entry, ImmutableList.of(), null, null, null);
  }

  private Report assemble(List<ArticleResult> results, boolean align,
      ArticleTexts.@Nullable Collector texts) {
    UniqueIds ids = new UniqueIds();
    List<ArticleEntry> entries = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<ArticleDigest> digests = new ArrayList<>();
    List<StoryFeatures> features = new ArrayList<>();
    for (ArticleResult r : results) {
      String id = ids.next(r.entry().id());
      ArticleEntry e = r.entry();
      entries.add(new ArticleEntry(id, e.path(), e.language(), e.outlet(), e.published(),
          e.status(), e.message(), e.chars(), e.dateline(), e.claims(), e.url()));
      for (Claim c : r.claims()) {
        claims.add(id.equals(c.article()) ? c : renamed(c, id));
      }
      if (r.digest() != null) {
        digests.add(r.digest().withArticle(id, e.outlet()));
      }
      if (texts != null && r.text() != null) {
        texts.put(id, r.text());
      }
      if (r.story() != null) {
        features.add(r.story().withArticle(id));
      }
    }
    List<String> notes = new ArrayList<>();
    ImmutableList<Finding> findings = ImmutableList.of();
    ImmutableList<dev.claimdiff.report.Story> stories = ImmutableList.of();
    if (entries.stream().noneMatch(ArticleEntry::ok)) {
      notes.add("no article could be read: nothing to extract or compare");
    } else if (align) {
      if (digests.size() == 1) {
        notes.add("nothing to compare: only one article could be read; its claims are listed");
      }
      // each story is aligned on its own, so no finding pairs articles of two events
      List<StoryGroup> groups = options.oneStory() || features.size() == 1
          ? List.of(StoryGrouper.oneStory(features)) : grouper.group(features);
      List<ImmutableList<Finding>> perStory = new ArrayList<>();
      java.util.Set<String> storyNotes = new java.util.LinkedHashSet<>();
      for (StoryGroup g : groups) {
        ClaimAligner.Alignment alignment = StoryFindings.align(aligner, g, digests, claims);
        perStory.add(alignment.findings());
        storyNotes.addAll(alignment.notes());
      }
      notes.addAll(storyNotes);
      StoryFindings.Merged merged = StoryFindings.merge(groups, perStory, claims);
      findings = merged.findings();
      stories = merged.stories();
    }
    return new Report(Report.SCHEMA, ImmutableList.copyOf(entries), ImmutableList.copyOf(claims),
        findings, ImmutableList.copyOf(notes), stories);
  }

  /**
   * Reads and extracts the articles of these inputs on the calling thread, in input order, with
   * what alignment and story grouping need of each, but aligns nothing: the per-article work of
   * {@link #compare}, for a pipeline that spreads it over machines and aligns each story
   * elsewhere ({@code dev.claimdiff.beam}). An input that cannot be read, or an article that
   * fails, gives a result with status {@code error} or {@code failed} and no claims. Ids are not
   * made unique.
   */
  public ImmutableList<ArticleResult> readAndExtract(List<String> inputs) {
    List<Object> items = new ArrayList<>();
    InputResolver.resolve(inputs, items::add, items::add);
    ImmutableList.Builder<ArticleResult> out = ImmutableList.builder();
    for (Object item : items) {
      if (item instanceof LoadResult failure) {
        out.add(failed(failure));
        continue;
      }
      List<LoadResult> loaded = new ArrayList<>();
      loader.load((InputSource) item, loaded::add);
      for (int from = 0; from < loaded.size(); from += BATCH_SIZE) {
        List<LoadResult> part = loaded.subList(from, Math.min(loaded.size(), from + BATCH_SIZE));
        List<LoadResult> readable = part.stream().filter(r -> r.article() != null).toList();
        List<ArticleResult> done = inBatch(readable.stream().map(LoadResult::article).toList(),
            (i, annotated, extraction) -> result(readable.get(i), annotated, extraction, true, false),
            (i, e) -> extractionFailed(readable.get(i), failureMessage(e)));
        int next = 0;
        for (LoadResult r : part) {
          out.add(r.article() == null ? failed(r) : done.get(next++));
        }
      }
    }
    return out.build();
  }

  private static Claim renamed(Claim c, String articleId) {
    String number = c.id().substring(c.id().lastIndexOf('#'));
    return new Claim(articleId + number, articleId, c.type(), c.speaker(), c.text(), c.value(),
        c.span(), c.evidence(), c.rule(), c.zone(), c.context());
  }


}
