package dev.claimdiff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark corpus: the seed articles replicated with small perturbations, deterministically
 * (a fixed random seed): numbers changed, paragraphs shuffled after the lead, a paragraph dropped
 * now and then, names of people swapped for others, so that copies are not byte-identical and
 * the aligner sees realistic variety (and some near-duplicates, as real wire copy has).
 */
final class Corpus {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d/.,])\\d{1,3}(?![\\d/.,])");
  private static final String[][] NAMES = {
      {"Blinken", "Sullivan", "Austin", "Harris"},
      {"Lavrov", "Peskov", "Ryabkov", "Shoigu"},
      {"Zakharova", "Nebenzya", "Antonov", "Grushko"},
  };

  private final List<String> seeds;

  Corpus(Path seedDir) throws IOException {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(seedDir)) {
      for (Path p : files.sorted().toList()) {
        if (p.toString().endsWith(".txt")) {
          texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    if (texts.isEmpty()) {
      throw new IOException("no .txt seed articles in " + seedDir);
    }
    this.seeds = List.copyOf(texts);
  }

  /** Article {@code i} of the corpus. */
  String article(int i) {
    Random random = new Random(0x5EED_0000L + i);
    String text = seeds.get(i % seeds.size());
    List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
    if (paragraphs.size() > 3) {
      List<String> tail = new ArrayList<>(paragraphs.subList(2, paragraphs.size()));
      Collections.shuffle(tail, random);
      if (random.nextInt(3) == 0) {
        tail.remove(random.nextInt(tail.size()));
      }
      paragraphs = new ArrayList<>(paragraphs.subList(0, 2));
      paragraphs.addAll(tail);
    }
    String joined = String.join("\n\n", paragraphs);
    for (String[] group : NAMES) {
      if (random.nextInt(4) == 0) {
        joined = joined.replace(group[0], group[1 + random.nextInt(group.length - 1)]);
      }
    }
    Matcher m = NUMBER.matcher(joined);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int n = Integer.parseInt(m.group());
      int changed = random.nextInt(5) == 0 ? Math.max(1, n + random.nextInt(21) - 10) : n;
      m.appendReplacement(sb, Integer.toString(changed));
    }
    m.appendTail(sb);
    return "Artikel " + i + "\n\n" + sb;
  }

  /** Writes articles 0 … n-1 as files under {@code dir}; returns the bytes written. */
  long write(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      byte[] data = article(i).getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(String.format("a%05d.txt", i)), data);
      bytes += data.length;
    }
    return bytes;
  }
}
