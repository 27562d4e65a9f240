package dev.claimdiff;

import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.InputResolver;
import dev.claimdiff.ingest.InputSource;
import dev.claimdiff.ingest.LoadResult;
import dev.claimdiff.ingest.RawArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the per-article work of a run on the worker threads and hands back one result per article
 * in input order. A text or HTML file is read, decoded, cleaned, its language detected and its
 * claims extracted all on a worker, in batches of files; a record file (JSON, JSON lines) or
 * standard input is read on the calling thread, in order, and its articles go to the workers as
 * read. The calling thread only lists the inputs, reads record files and collects the results,
 * so a folder of files keeps every core busy from the first file.
 *
 * <p>Memory stays bounded: a worker holds the texts of one batch; articles read from record
 * files wait for a worker only a few batches at a time. The results (claims and small digests)
 * are kept until the run ends. Whatever one input does (cannot be read, throws while being read,
 * fails or runs over its time budget in extraction) is its result alone.
 */
final class BatchScheduler {
  private final ArticleLoader loader;
  private final BatchExtractor batches;
  private final int threads;
  private final Claimdiff.@Nullable ProgressListener progress;

  BatchScheduler(ArticleLoader loader, BatchExtractor batches, int threads,
      Claimdiff.@Nullable ProgressListener progress) {
    this.loader = loader;
    this.batches = batches;
    this.threads = threads;
    this.progress = progress;
  }

  /** One unit of work: a file the worker reads, or an article already read from a record file. */
  private record Item(@Nullable InputSource file, @Nullable RawArticle raw) {
    String id() {
      if (raw != null) {
        return raw.id();
      }
      InputSource source = java.util.Objects.requireNonNull(file);
      return source.file() == null || source.file().getFileName() == null
          ? source.displayPath() : source.file().getFileName().toString();
    }

    String path() {
      return raw != null ? raw.path() : java.util.Objects.requireNonNull(file).displayPath();
    }
  }

  /**
   * Reads and extracts every article of these inputs; the results are in input order, each
   * with its digest and story features when {@code align}, and its text when {@code keepTexts}.
   */
  List<ArticleResult> run(List<String> inputs, boolean align, boolean keepTexts) {
    List<Object> resolved = new ArrayList<>(); // InputSource or LoadResult, in argument order
    InputResolver.resolve(inputs, resolved::add, resolved::add);
    int total = 0;
    int files = 0;
    for (Object o : resolved) {
      if (o instanceof InputSource source) {
        total++;
        files += ArticleLoader.isSingleArticle(source) ? 1 : 0;
      }
    }
    // files are shared out evenly when there are few, so that a handful uses every thread
    int fileBatch = Math.max(1, Math.min(Claimdiff.BATCH_SIZE, (files + threads - 1) / threads));

    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "claimdiff-extract");
      t.setDaemon(true);
      return t;
    });
    // articles read from record files, not yet extracted: a batch being filled, two per thread
    Semaphore inFlight = new Semaphore((2 * threads + 1) * Claimdiff.BATCH_SIZE);
    // one entry per item or unreadable input, in input order
    List<CompletableFuture<List<ArticleResult>>> results = new ArrayList<>();
    // after each input, how many entries of results it and those before it made
    List<Integer> inputEnds = new ArrayList<>();
    // the articles whose dateline gives a day without a year, by their result (see the end)
    Map<ArticleResult, LoadResult> yearless = Collections.synchronizedMap(new IdentityHashMap<>());
    Batch batch = new Batch(pool, inFlight, align, keepTexts, yearless);
    try {
      for (Object o : resolved) {
        if (o instanceof LoadResult failure) {
          results.add(CompletableFuture.completedFuture(List.of(ArticleResult.unread(failure))));
          continue;
        }
        InputSource source = (InputSource) o;
        if (ArticleLoader.isSingleArticle(source)) {
          results.add(batch.add(new Item(source, null)));
          if (batch.size() >= fileBatch && !batch.hasRecords()) {
            batch.submit();
          }
        } else {
          batch.submit(); // the files before it go to work while this input is read
          loader.read(source, raw -> {
            inFlight.acquireUninterruptibly();
            results.add(batch.add(new Item(null, raw)));
            // a worker that would sit idle gets a batch at once, however small
            if (batch.size() == Claimdiff.BATCH_SIZE || batch.running() < threads) {
              batch.submit();
            }
          }, failure -> results.add(
              CompletableFuture.completedFuture(List.of(ArticleResult.unread(failure)))));
        }
        inputEnds.add(results.size());
      }
      batch.submit();
      List<ArticleResult> collected = new ArrayList<>();
      int told = tell(0, 0, inputEnds, total);
      for (int i = 0; i < results.size(); i++) {
        collected.addAll(results.get(i).get());
        told = tell(told, i + 1, inputEnds, total);
      }
      return yearless.isEmpty() ? collected : redate(collected, yearless, align, keepTexts);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause().getMessage(),
          e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The results with each article whose dateline gives a day without a year ({@code JAKARTA,
   * Aug 19 (Reuters) -}) extracted again as published on that day in the year the other inputs'
   * dates give ({@link YearlessDatelines}): its relative days ('on Wednesday') and the times of
   * its figures can then be placed. One whose year the others cannot give stays as it was. Runs
   * on the calling thread after every article is in: such articles are few.
   */
  private List<ArticleResult> redate(List<ArticleResult> collected,
      Map<ArticleResult, LoadResult> yearless, boolean align, boolean keepTexts) {
    List<LocalDate> dates = new ArrayList<>();
    for (ArticleResult r : collected) {
      LocalDate day = r.publishedDay();
      if (day != null) {
        dates.add(day);
      }
    }
    List<ArticleResult> out = new ArrayList<>(collected.size());
    for (ArticleResult r : collected) {
      LoadResult loaded = yearless.get(r);
      LoadResult again = loaded == null ? null : YearlessDatelines.dated(loaded, dates);
      if (again == null) {
        out.add(r);
        continue;
      }
      out.add(batches.inBatch(List.of(again.article()),
          (i, annotated, extraction) ->
              ArticleResult.extracted(again, annotated, extraction, align, keepTexts),
          (i, e) -> r).get(0)); // extracted once already: a failure now keeps that result
    }
    return out;
  }

  /** Tells the listener of every input whose results are all collected; returns how many are. */
  private int tell(int told, int collected, List<Integer> inputEnds, int total) {
    int done = told;
    while (done < inputEnds.size() && inputEnds.get(done) <= collected) {
      done++;
      if (progress != null) {
        progress.progress(done, total);
      }
    }
    return done;
  }

  /** The batch being filled on the calling thread, and the batches at work. */
  private final class Batch {
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final boolean align;
    private final boolean keepTexts;
    private final Map<ArticleResult, LoadResult> yearless;
    private final List<Item> items = new ArrayList<>();
    private final List<CompletableFuture<List<ArticleResult>>> futures = new ArrayList<>();
    private int records;
    /** batches submitted and not yet done */
    private final AtomicInteger running = new AtomicInteger();

    Batch(ExecutorService pool, Semaphore inFlight, boolean align, boolean keepTexts,
        Map<ArticleResult, LoadResult> yearless) {
      this.pool = pool;
      this.inFlight = inFlight;
      this.align = align;
      this.keepTexts = keepTexts;
      this.yearless = yearless;
    }

    CompletableFuture<List<ArticleResult>> add(Item item) {
      CompletableFuture<List<ArticleResult>> future = new CompletableFuture<>();
      items.add(item);
      futures.add(future);
      records += item.raw() != null ? 1 : 0;
      return future;
    }

    int size() {
      return items.size();
    }

    boolean hasRecords() {
      return records > 0;
    }

    int running() {
      return running.get();
    }

    void submit() {
      if (items.isEmpty()) {
        return;
      }
      running.incrementAndGet();
      List<Item> work = List.copyOf(items);
      List<CompletableFuture<List<ArticleResult>>> pending = List.copyOf(futures);
      int permits = records;
      items.clear();
      futures.clear();
      records = 0;
      pool.execute(() -> {
        try {
          List<List<ArticleResult>> done = process(work, align, keepTexts, yearless);
          for (int i = 0; i < pending.size(); i++) {
            pending.get(i).complete(done.get(i));
          }
        } catch (Throwable t) {
          pending.forEach(f -> f.completeExceptionally(t));
        } finally {
          running.decrementAndGet();
          inFlight.release(permits);
        }
      });
    }
  }

  /**
   * A batch's work, on a worker: reads each file (or finishes each record's article), then
   * extracts every readable article as one batch. One result list per item, in order.
   */
  private List<List<ArticleResult>> process(List<Item> items, boolean align, boolean keepTexts,
      Map<ArticleResult, LoadResult> yearless) {
    List<List<LoadResult>> loaded = new ArrayList<>(items.size());
    List<@Nullable ArticleResult> broken = new ArrayList<>(items.size());
    List<LoadResult> readable = new ArrayList<>();
    for (Item item : items) {
      List<LoadResult> got = new ArrayList<>(1);
      try {
        if (item.raw() != null) {
          got.add(loader.finish(item.raw()));
        } else {
          loader.load(java.util.Objects.requireNonNull(item.file()), got::add);
        }
        broken.add(null);
      } catch (Throwable t) {
        // reading never throws for bad input; if it throws all the same, the input fails alone
        BatchExtractor.rethrowIfFatal(t);
        got.clear();
        broken.add(ArticleResult.failed(item.id(), item.path(), BatchExtractor.failureMessage(t)));
      }
      loaded.add(got);
      for (LoadResult r : got) {
        if (r.article() != null) {
          readable.add(r);
        }
      }
    }
    List<ArticleResult> extracted = batches.inBatch(
        readable.stream().map(LoadResult::article).toList(),
        (i, annotated, extraction) -> {
          ArticleResult result =
              ArticleResult.extracted(readable.get(i), annotated, extraction, align, keepTexts);
          if (annotated.article().metadata().datelineDay() != null) {
            yearless.put(result, readable.get(i));
          }
          return result;
        },
        // one article's failure must not cost the others: report it and go on
        (i, e) -> ArticleResult.failed(readable.get(i).id(), readable.get(i).path(),
            BatchExtractor.failureMessage(e)));
    List<List<ArticleResult>> out = new ArrayList<>(items.size());
    int next = 0;
    for (int i = 0; i < items.size(); i++) {
      ArticleResult failure = broken.get(i);
      if (failure != null) {
        out.add(List.of(failure));
        continue;
      }
      List<ArticleResult> results = new ArrayList<>(loaded.get(i).size());
      for (LoadResult r : loaded.get(i)) {
        results.add(r.article() == null ? ArticleResult.unread(r) : extracted.get(next++));
      }
      out.add(results);
    }
    return out;
  }
}
