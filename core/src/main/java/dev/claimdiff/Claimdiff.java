package dev.claimdiff;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
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
import dev.claimdiff.nlp.SentenceSplitter;
import dev.claimdiff.report.ArticleTexts;
import dev.claimdiff.report.Report;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
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
 * <p>Articles are read and extracted in parallel on {@link Options#threads()} threads, in
 * batches of {@link #BATCH_SIZE} ({@link BatchScheduler}; each batch's failures contained by
 * {@link BatchExtractor}); at most a few batches' texts are in memory at once, and only claims
 * and a small digest (for alignment) are kept of each article, until {@link ReportAssembler}
 * makes the report. The report is the same, byte for byte, whatever the number of threads. An
 * instance is safe to use from several threads; build it once (CoreNLP's tokenizer and the rules
 * load in its constructor).
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

  private final ArticleLoader loader;
  private final SentenceSplitter splitter;
  private final ClaimExtractor extractor;
  private final BatchExtractor batches;
  private final BatchScheduler scheduler;
  private final ReportAssembler assembler;

  private Claimdiff(Options options, Consumer<Article> beforeSplit) {
    this.loader = new ArticleLoader(options.language(), options.stdin());
    this.splitter = new SentenceSplitter();
    this.extractor = new ClaimExtractor();
    this.batches = new BatchExtractor(splitter, extractor, loader, options.articleTimeout(),
        beforeSplit);
    this.scheduler = new BatchScheduler(loader, batches, options.threads(), options.progress());
    this.assembler = new ReportAssembler(new ClaimAligner(), options.oneStory(),
        options.threads());
  }

  /** An engine with these options. */
  public static Claimdiff create(Options options) {
    return new Claimdiff(options, article -> {});
  }

  /** An engine that calls {@code beforeSplit} with each article first (tests make it throw). */
  static Claimdiff withProbe(Options options, Consumer<Article> beforeSplit) {
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
      out.addAll(batches.inBatch(
          articles.subList(from, Math.min(articles.size(), from + BATCH_SIZE)),
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

  /** Why an article's extraction failed, for people (no stack trace). */
  static String failureMessage(Throwable t) {
    return BatchExtractor.failureMessage(t);
  }

  private Report run(List<String> inputs, boolean align, ArticleTexts.@Nullable Collector texts) {
    checkArgument(!inputs.isEmpty(), "no input given");
    return assembler.assemble(scheduler.run(inputs, align, texts != null), align, texts);
  }

  /**
   * Reads and extracts the articles of these inputs on the calling thread, in input order, with
   * what alignment and story grouping need of each, but aligns nothing: the per-article work of
   * {@link #compare}, for a pipeline that spreads it over machines and aligns each story
   * elsewhere ({@code dev.claimdiff.beam}). An input that cannot be read, or an article that
   * fails, gives a result with status {@code error} or {@code failed} and no claims. Ids are not
   * made unique. An article whose wire dateline gives a day without a year keeps {@link
   * ArticleResult#yearlessDay()}: the whole run's dates may give its year ({@link
   * #readAndExtract(List, Collection)}).
   */
  public ImmutableList<ArticleResult> readAndExtract(List<String> inputs) {
    return readAndExtract(inputs, List.of());
  }

  /**
   * {@link #readAndExtract(List)}, with each article whose wire dateline gives a day without a
   * year dated in the year that puts that day nearest {@code runDates}, as {@link #compare} dates
   * it by the publication days of the run's other articles ({@link
   * ArticleResult#publishedDay()}): a pipeline that extracts its inputs apart gathers those days
   * first, then extracts again the inputs that hold such an article.
   */
  public ImmutableList<ArticleResult> readAndExtract(List<String> inputs,
      Collection<LocalDate> runDates) {
    List<Object> items = new ArrayList<>();
    InputResolver.resolve(inputs, items::add, items::add);
    ImmutableList.Builder<ArticleResult> out = ImmutableList.builder();
    for (Object item : items) {
      if (item instanceof LoadResult failure) {
        out.add(ArticleResult.unread(failure));
        continue;
      }
      List<LoadResult> loaded = new ArrayList<>();
      loader.load((InputSource) item, r -> {
        LoadResult dated = YearlessDatelines.dated(r, runDates);
        loaded.add(dated == null ? r : dated);
      });
      for (int from = 0; from < loaded.size(); from += BATCH_SIZE) {
        List<LoadResult> part = loaded.subList(from, Math.min(loaded.size(), from + BATCH_SIZE));
        List<LoadResult> readable = part.stream().filter(r -> r.article() != null).toList();
        List<ArticleResult> done = batches.inBatch(
            readable.stream().map(LoadResult::article).toList(),
            (i, annotated, extraction) ->
                ArticleResult.extracted(readable.get(i), annotated, extraction, true, false),
            (i, e) -> ArticleResult.failed(readable.get(i).id(), readable.get(i).path(),
                BatchExtractor.failureMessage(e)));
        int next = 0;
        for (LoadResult r : part) {
          out.add(r.article() == null ? ArticleResult.unread(r) : done.get(next++));
        }
      }
    }
    return out.build();
  }
}
