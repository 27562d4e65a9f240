package dev.claimdiff.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.claimdiff.Claimdiff;
import dev.claimdiff.ingest.Article;
import dev.claimdiff.ingest.ArticleLoader;
import dev.claimdiff.ingest.ArticleMetadata;
import dev.claimdiff.ingest.InputSource;
import dev.claimdiff.ingest.LoadResult;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The peer comparison of issue 13, one measurement per sub-command, each in a fresh JVM (bench/peer
 * calls them and scores their output with bench/peer_score.py):
 *
 * <ul>
 *   <li>{@code corenlp-quotes OUT DIR...}: CoreNLP's own English quote pipeline (tokenize, ssplit,
 *       pos, lemma, ner, depparse, coref, quote with attribution) over every article of the
 *       folders; writes each quote's span, speaker and canonical speaker;
 *   <li>{@code claimdiff-speed OUT DIR...}: claimdiff's start-up and extraction speed over the
 *       same articles (its claims come from {@code claimdiff compare --format json}), timed over
 *       rounds after untimed warm-up rounds;
 *   <li>{@code corenlp-ner OUT DIR...}: CoreNLP's 3-class English NER alone (no SUTime, no
 *       numeric or fine-grained classes): PERSON mentions;
 *   <li>{@code corenlp-sutime OUT DIR...}: SUTime alone on tokenize+ssplit: its DATE and
 *       DURATION expressions, against each article's publication date.
 * </ul>
 *
 * <p>Every sub-command reads the articles through claimdiff's own loader, so both systems see the
 * same text and every offset indexes the text the report's spans index. Each writes one JSON
 * object: timings (load, per-article work), peak resident memory, and the findings per article.
 */
public final class Peer {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /**
   * Rounds of claimdiff extraction run untimed, then timed: the corpora are small (one round
   * takes milliseconds), and the JIT needs thousands of calls before the code runs at speed.
   */
  private static final int CLAIMDIFF_WARM_UP_ROUNDS = 30;
  private static final int CLAIMDIFF_ROUNDS = 50;

  /**
   * Annotated once right after construction and counted in the load time: CoreNLP loads some
   * models and rules lazily on the first document (SUTime's rules, coref's dictionaries).
   */
  static final String WARM_UP = "GENEVA (AP) — The two ministers met for an hour and a half on"
      + " Friday. \"We made progress,\" Foreign Minister Jane Doe told reporters. She said the"
      + " talks would resume next week.";
  private static final java.lang.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();

  private Peer() {}

  /** This thread's CPU time in nanoseconds: wall time on a shared machine counts others' work. */
  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * One article with the folder it came from and its publication date: the one claimdiff's loader
   * found, else the one the folder's gold file records (SUTime needs it to resolve "Friday").
   */
  private record Input(String folder, Article article, @org.jspecify.annotations.Nullable String published) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: corenlp-quotes|claimdiff-speed|corenlp-ner|corenlp-sutime OUT DIR...");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    List<Input> inputs = load(List.of(args).subList(2, args.length));
    System.err.printf(Locale.ROOT, "peer: %d articles read in %.2f s%n", inputs.size(),
        (System.nanoTime() - t0) / 1e9);
    Map<String, Object> out = switch (args[0]) {
      case "corenlp-quotes" -> corenlpQuotes(inputs);
      case "claimdiff-speed" -> claimdiffSpeed(inputs);
      case "corenlp-ner" -> corenlpNer(inputs);
      case "corenlp-sutime" -> corenlpSutime(inputs);
      default -> throw new IllegalArgumentException("unknown sub-command " + args[0]);
    };
    out.put("peak_rss_mb", peakRssMb());
    out.put("peak_heap_mb", peakHeapMb());
    out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
    JSON.writeValue(Path.of(args[1]).toFile(), out);
  }

  /** Every article of the folders, files in sorted order, through claimdiff's loader. */
  private static List<Input> load(List<String> dirs) throws IOException {
    ArticleLoader loader = new ArticleLoader(null, java.io.InputStream::nullInputStream);
    List<Input> inputs = new ArrayList<>();
    for (String dir : dirs) {
      List<Path> files;
      try (Stream<Path> list = Files.list(Path.of(dir))) {
        files = list.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .sorted().toList();
      }
      Path gold = Path.of(dir, "gold.json");
      com.fasterxml.jackson.databind.JsonNode goldArticles = Files.exists(gold)
          ? JSON.readTree(gold.toFile()).path("articles") : JSON.createObjectNode();
      for (Path file : files) {
        loader.load(InputSource.file(file), r -> {
          if (r.status() == LoadResult.Status.OK && r.article() != null) {
            String published = r.article().metadata().published();
            if (published == null) {
              published = goldArticles.path(r.article().id()).path("published").asText(null);
            }
            inputs.add(new Input(dir, r.article(), published));
          }
        });
      }
    }
    return inputs;
  }

  private static Map<String, Object> corenlpQuotes(List<Input> inputs) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    // Paragraphs are separated by blank lines, as claimdiff reads them; without this a headline
    // or a one-line paragraph glues onto the next sentence.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("quote.attributeQuotes", "true");
    return timed("corenlp-quotes", props, inputs, (doc, record) -> {
      List<Map<String, Object>> quotes = new ArrayList<>();
      for (CoreQuote q : doc.quotes()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", q.quoteCharOffsets().first());
        m.put("end", q.quoteCharOffsets().second());
        m.put("text", q.text());
        m.put("speaker", q.speaker().orElse(null));
        m.put("canonical_speaker", q.canonicalSpeaker().orElse(null));
        quotes.add(m);
      }
      record.put("quotes", quotes);
    });
  }

  private static Map<String, Object> corenlpNer(List<Input> inputs) {
    Properties props = new Properties();
    // NER alone needs no POS or lemma with these settings; requirements are not enforced so the
    // pipeline runs only what the 3-class CRF needs.
    props.setProperty("annotators", "tokenize,ssplit,ner");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    return timed("corenlp-ner", props, inputs, (doc, record) -> {
      List<Map<String, Object>> mentions = new ArrayList<>();
      for (CoreEntityMention em : doc.entityMentions()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", em.charOffsets().first());
        m.put("end", em.charOffsets().second());
        m.put("text", em.text());
        m.put("type", em.entityType());
        mentions.add(m);
      }
      record.put("mentions", mentions);
    });
  }

  private static Map<String, Object> corenlpSutime(List<Input> inputs) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,sutime");
    props.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return timed("corenlp-sutime", props, inputs, (doc, record) -> {
      List<Map<String, Object>> timexes = new ArrayList<>();
      List<CoreMap> found = doc.annotation().get(TimeAnnotations.TimexAnnotations.class);
      for (CoreMap t : found == null ? List.<CoreMap>of() : found) {
        Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        m.put("end", t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        m.put("text", t.get(CoreAnnotations.TextAnnotation.class));
        m.put("type", timex == null ? null : timex.timexType());
        m.put("value", timex == null ? null : timex.value());
        m.put("alt_value", timex == null ? null : timex.altVal());
        timexes.add(m);
      }
      record.put("doc_date", doc.annotation().get(CoreAnnotations.DocDateAnnotation.class));
      record.put("timexes", timexes);
    });
  }

  /**
   * Loads a CoreNLP pipeline (timed, with one warm-up document), annotates every input with it
   * (each document timed in wall and CPU time) and records what {@code describe} reads of each.
   */
  private static Map<String, Object> timed(String name, Properties props, List<Input> inputs,
      java.util.function.BiConsumer<CoreDocument, Map<String, Object>> describe) {
    long t0 = System.nanoTime();
    long c0 = cpu();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    pipeline.annotate(new CoreDocument(WARM_UP));
    double load = (System.nanoTime() - t0) / 1e9;
    double loadCpu = (cpu() - c0) / 1e9;
    System.err.printf(Locale.ROOT, "peer: %s loaded in %.1f s%n", name, load);
    List<Map<String, Object>> docs = new ArrayList<>();
    long work = 0;
    long workCpu = 0;
    long tokens = 0;
    for (Input in : inputs) {
      CoreDocument doc = document(in);
      long s = System.nanoTime();
      long c = cpu();
      pipeline.annotate(doc);
      long took = System.nanoTime() - s;
      long tookCpu = cpu() - c;
      work += took;
      workCpu += tookCpu;
      tokens += doc.tokens().size();
      Map<String, Object> d = doc(in, took, tookCpu);
      describe.accept(doc, d);
      docs.add(d);
      System.err.printf(Locale.ROOT, "peer: %s %s %.1f s%n", name, in.article().id(), took / 1e9);
    }
    return result(name, props, load, loadCpu, work, workCpu, tokens, docs);
  }

  private static Map<String, Object> claimdiffSpeed(List<Input> inputs) {
    ArticleLoader loader = new ArticleLoader(null, java.io.InputStream::nullInputStream);
    long t0 = System.nanoTime();
    long c0 = cpu();
    Claimdiff engine = Claimdiff.create(Claimdiff.Options.defaults().withThreads(1));
    engine.claims(loader.fromText("warm-up", WARM_UP, ArticleMetadata.unknown()));
    double load = (System.nanoTime() - t0) / 1e9;
    double loadCpu = (cpu() - c0) / 1e9;
    List<Article> articles = inputs.stream().map(Input::article).toList();
    long s0 = System.nanoTime();
    int claims = engine.extractAll(articles).stream().mapToInt(x -> x.claims().size()).sum();
    long first = System.nanoTime() - s0;
    for (int r = 1; r < CLAIMDIFF_WARM_UP_ROUNDS; r++) {
      engine.extractAll(articles);
    }
    long s = System.nanoTime();
    long c = cpu();
    for (int r = 0; r < CLAIMDIFF_ROUNDS; r++) {
      engine.extractAll(articles);
    }
    long work = (System.nanoTime() - s) / CLAIMDIFF_ROUNDS;
    long workCpu = (cpu() - c) / CLAIMDIFF_ROUNDS;
    Map<String, Object> out =
        result("claimdiff-speed", new Properties(), load, loadCpu, work, workCpu, 0, List.of());
    out.put("first_round_s", first / 1e9);
    out.put("warm_up_rounds", CLAIMDIFF_WARM_UP_ROUNDS);
    out.put("rounds", CLAIMDIFF_ROUNDS);
    out.put("claims", claims);
    out.put("articles", articles.size());
    return out;
  }

  /** The article as a CoreNLP document, its publication date (day) as the document date. */
  private static CoreDocument document(Input in) {
    CoreDocument doc = new CoreDocument(in.article().text());
    String published = in.published();
    if (published != null && published.length() >= 10) {
      doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.substring(0, 10));
    }
    return doc;
  }

  private static Map<String, Object> doc(Input in, long nanos, long cpuNanos) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("folder", in.folder());
    d.put("id", in.article().id());
    d.put("chars", in.article().text().length());
    d.put("seconds", nanos / 1e9);
    d.put("cpu_seconds", cpuNanos / 1e9);
    return d;
  }

  private static Map<String, Object> result(String what, Properties props, double load,
      double loadCpu, long work, long workCpu, long tokens, List<Map<String, Object>> docs) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("system", what);
    out.put("properties", new java.util.TreeMap<>(props));
    out.put("load_s", load);
    out.put("load_cpu_s", loadCpu);
    out.put("work_s", work / 1e9);
    out.put("work_cpu_s", workCpu / 1e9);
    out.put("articles", docs.isEmpty() ? null : docs.size());
    out.put("tokens", tokens);
    out.put("docs", docs);
    return out;
  }

  /** The process's resident-memory high-water mark (Linux), or -1 when unknown. */
  private static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap's peak. */
  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576;
  }
}
