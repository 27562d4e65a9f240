package dev.claimdiff.bench;

import dev.claimdiff.nlp.SentenceSplitter;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The peer of the whole-process benchmark ({@code bench/run --whole-process}): CoreNLP
 * tokenize+ssplit over every file of a folder, on every core, as a process of its own. Each file
 * is read, decoded and annotated on a worker thread (the tokenizer settings are claimdiff's, so
 * the work is the same tokenization claimdiff does); nothing is written but the counts. This is
 * the least a tokenize+ssplit run over the files can cost, so a ratio against it is not flattered.
 */
final class TokenizeFiles {
  private TokenizeFiles() {}

  /** Tokenizes every regular file below {@code dir}; prints {@code key=value} counts. */
  static void run(Path dir, int threads) throws Exception {
    RedwoodConfiguration.current().clear().apply();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(SentenceSplitter.coreNlpProperties(), false);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> counts = new ArrayList<>();
    int chunk = 32;
    for (int from = 0; from < files.size(); from += chunk) {
      List<Path> part = files.subList(from, Math.min(files.size(), from + chunk));
      counts.add(pool.submit(() -> {
        long tokens = 0;
        long sentences = 0;
        for (Path file : part) {
          Annotation annotation = new Annotation(
              new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
          pipeline.annotate(annotation);
          for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences++;
            tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
          }
        }
        return new long[] {tokens, sentences};
      }));
    }
    long tokens = 0;
    long sentences = 0;
    for (Future<long[]> f : counts) {
      tokens += f.get()[0];
      sentences += f.get()[1];
    }
    pool.shutdown();
    System.out.printf(Locale.ROOT, "peer_files=%d peer_sentences=%d peer_tokens=%d peer_threads=%d%n",
        files.size(), sentences, tokens, threads);
  }
}
