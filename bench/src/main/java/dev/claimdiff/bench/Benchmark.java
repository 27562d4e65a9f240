package dev.claimdiff.bench;

import dev.claimdiff.Claimdiff;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.SentenceSplitter;
import dev.claimdiff.report.JsonReportWriter;
import dev.claimdiff.report.Report;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark's measurements, one per sub-command (bench/run calls them, each in a fresh JVM):
 *
 * <ul>
 *   <li>{@code corpus SEEDS DIR N}: write a corpus of N perturbed seed articles;
 *   <li>{@code throughput SEEDS MEGABYTES}: extraction throughput against CoreNLP tokenize+ssplit
 *       alone over the same texts, single-threaded, then extraction on every core;
 *   <li>{@code scale DIR}: one full {@code compare} over a directory (read, extract, align, JSON),
 *       with wall time and peak heap;
 *   <li>{@code tokenize-files DIR [THREADS]}: CoreNLP tokenize+ssplit over every file of a folder
 *       on every core, the peer of the whole-process measurement ({@link TokenizeFiles}).
 * </ul>
 * Output: one {@code key=value} line per measurement, for the script to collect.
 */
public final class Benchmark {
  /** Rounds over the corpus, each interleaving tokenize+ssplit alone and extraction. */
  private static final int ROUNDS = 2;
  /** Articles per interleaved chunk. */
  private static final int CHUNK = 50;
  /** What a chunk is timed doing: tokenize+ssplit alone, extraction, extraction article by article. */
  private static final int TOKENIZE = 0;
  private static final int EXTRACT = 1;
  private static final int ONE_BY_ONE = 2;
  private static final int KINDS = 3;

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: corpus SEEDS DIR N | throughput SEEDS MEGABYTES | scale DIR"
          + " | tokenize-files DIR [THREADS]");
      System.exit(2);
    }
    switch (args[0]) {
      case "corpus" -> {
        long bytes = new Corpus(Path.of(args[1])).write(Path.of(args[2]), Integer.parseInt(args[3]));
        System.out.printf(Locale.ROOT, "corpus_articles=%s corpus_mb=%.1f%n", args[3], bytes / 1e6);
      }
      case "throughput" -> throughput(Path.of(args[1]), Double.parseDouble(args[2]));
      case "scale" -> scale(Path.of(args[1]));
      case "tokenize-files" -> TokenizeFiles.run(Path.of(args[1]), args.length > 2
          ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors());
      default -> {
        System.err.println("unknown sub-command " + args[0]);
        System.exit(2);
      }
    }
  }

  private static void throughput(Path seeds, double megabytes) throws Exception {
    Corpus corpus = new Corpus(seeds);
    ArticleLoader loader = new ArticleLoader(null, InputStream::nullInputStream);
    List<Article> articles = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; bytes < megabytes * 1e6; i++) {
      String text = corpus.article(i);
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
      articles.add(loader.fromText("a" + i, text, ArticleMetadata.unknown()));
    }
    SentenceSplitter splitter = new SentenceSplitter();
    Claimdiff engine = Claimdiff.create(Claimdiff.Options.defaults().withThreads(1));
    List<Article> warmup = articles.subList(0, Math.min(2_000, articles.size()));
    engine.extractAll(warmup);
    for (Article a : warmup) {
      engine.claims(a);
    }
    // Interleaved: the corpus is read in chunks of CHUNK articles; each chunk is tokenized alone,
    // extracted as the engine does it (Claimdiff.extractAll: batches of Claimdiff.BATCH_SIZE,
    // each step over the whole batch) and extracted one article at a time (tokenized, rules,
    // next article), in turn (which
    // goes first rotates), and the times are summed per kind. A virtual machine's speed drifts by
    // 10-30 % within a minute; interleaving makes every measurement see the same drift, so their
    // ratios hold still while the rates move.
    long tokens = 0;
    long claims = 0;
    long[] nanos = new long[KINDS];
    double[][] ratios = new double[KINDS][ROUNDS];
    // the same, in the CPU time of this thread: what the work cost, whatever else ran on the
    // machine (a loaded machine stretches wall times unevenly); collections on the collector's
    // threads are not in it, so the wall-time ratio stays the one the targets use
    long[] cpuNanos = new long[KINDS];
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int r = 0; r < ROUNDS; r++) {
      long[] round = new long[KINDS];
      tokens = 0;
      claims = 0;
      for (int from = 0; from < articles.size(); from += CHUNK) {
        List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + CHUNK));
        for (int pass = 0; pass < KINDS; pass++) {
          int kind = (pass + from / CHUNK + r) % KINDS;
          long t0 = System.nanoTime();
          long c0 = cpu.getCurrentThreadCpuTime();
          switch (kind) {
            case TOKENIZE -> {
              for (Article a : chunk) {
                tokens += splitter.split(a).sentences().stream().mapToInt(x -> x.tokens().size()).sum();
              }
            }
            case EXTRACT -> claims += engine.extractAll(chunk).stream()
                .mapToInt(x -> x.claims().size()).sum();
            default -> {
              for (Article a : chunk) {
                engine.claims(a);
              }
            }
          }
          round[kind] += System.nanoTime() - t0;
          cpuNanos[kind] += cpu.getCurrentThreadCpuTime() - c0;
        }
      }
      for (int kind = 0; kind < KINDS; kind++) {
        nanos[kind] += round[kind];
        ratios[kind][r] = (double) round[TOKENIZE] / round[kind];
      }
      System.err.printf(Locale.ROOT, "round %d: tokenize+ssplit %.1f s, extraction %.1f s (ratio %.2f),"
              + " one article at a time %.1f s (ratio %.2f)%n",
          r + 1, round[TOKENIZE] / 1e9, round[EXTRACT] / 1e9, ratios[EXTRACT][r],
          round[ONE_BY_ONE] / 1e9, ratios[ONE_BY_ONE][r]);
    }
    long t2 = System.nanoTime();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int from = 0; from < articles.size(); from += Claimdiff.BATCH_SIZE) {
      List<Article> batch = articles.subList(from, Math.min(articles.size(), from + Claimdiff.BATCH_SIZE));
      futures.add(pool.submit(() -> engine.extractAll(batch).size()));
    }
    for (Future<Integer> f : futures) {
      f.get();
    }
    long t3 = System.nanoTime();
    pool.shutdown();
    double n = articles.size();
    double mb = bytes / 1e6;
    double tokenizeSeconds = nanos[TOKENIZE] / 1e9 / ROUNDS;
    double extractSeconds = nanos[EXTRACT] / 1e9 / ROUNDS;
    double oneByOneSeconds = nanos[ONE_BY_ONE] / 1e9 / ROUNDS;
    double parallelSeconds = (t3 - t2) / 1e9;
    System.out.printf(Locale.ROOT, "articles=%d mb=%.1f tokens=%d claims=%d threads=%d batch=%d%n",
        articles.size(), mb, tokens, claims, threads, Claimdiff.BATCH_SIZE);
    System.out.printf(Locale.ROOT, "tokenize_ssplit_articles_per_s=%.0f tokenize_ssplit_mb_per_s=%.2f%n",
        n / tokenizeSeconds, mb / tokenizeSeconds);
    System.out.printf(Locale.ROOT, "extract_articles_per_s=%.0f extract_mb_per_s=%.2f%n",
        n / extractSeconds, mb / extractSeconds);
    System.out.printf(Locale.ROOT, "extract_ratio_to_tokenize=%.2f extract_ratio_rounds=%s%n",
        tokenizeSeconds / extractSeconds, rounds(ratios[EXTRACT]));
    System.out.printf(Locale.ROOT, "extract_cpu_ratio_to_tokenize=%.2f one_by_one_cpu_ratio_to_tokenize=%.2f%n",
        (double) cpuNanos[TOKENIZE] / cpuNanos[EXTRACT],
        (double) cpuNanos[TOKENIZE] / cpuNanos[ONE_BY_ONE]);
    System.out.printf(Locale.ROOT, "one_by_one_articles_per_s=%.0f one_by_one_ratio_to_tokenize=%.2f"
            + " one_by_one_ratio_rounds=%s%n",
        n / oneByOneSeconds, tokenizeSeconds / oneByOneSeconds, rounds(ratios[ONE_BY_ONE]));
    System.out.printf(Locale.ROOT, "extract_parallel_articles_per_s=%.0f extract_parallel_mb_per_s=%.2f%n",
        n / parallelSeconds, mb / parallelSeconds);
  }

  private static String rounds(double[] ratios) {
    return java.util.Arrays.stream(ratios)
        .mapToObj(x -> String.format(Locale.ROOT, "%.2f", x))
        .collect(java.util.stream.Collectors.joining(","));
  }

  private static void scale(Path dir) throws Exception {
    long t0 = System.nanoTime();
    // the generated corpus is copies of one event (the seeds): compared as one story, as before
    Claimdiff engine = Claimdiff.create(Claimdiff.Options.defaults().withOneStory(true));
    Report report = engine.compare(List.of(dir.toString()));
    try (Writer sink = Writer.nullWriter()) {
      new JsonReportWriter().write(report, sink);
    }
    long t1 = System.nanoTime();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT,
        "scale_articles=%d scale_claims=%d scale_findings=%d wall_s=%.2f peak_heap_mb=%.0f max_heap_mb=%.0f%n",
        report.articles().size(), report.claims().size(), report.findings().size(),
        (t1 - t0) / 1e9, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
  }
}
