package dev.claimdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleDigestTest {

  /** The signature as it was first computed: each 5-gram joined into a string, then hashed. */
  private static long[] joinedStrings(List<String> words) {
    long[] signature = new long[ArticleDigest.HASHES];
    Arrays.fill(signature, Long.MAX_VALUE);
    long[] seeds = seeds();
    for (int i = 0; i + 5 <= words.size(); i++) {
      long h = Hashing.murmur3_128().hashString(String.join(" ", words.subList(i, i + 5)),
          StandardCharsets.UTF_8).asLong();
      for (int k = 0; k < ArticleDigest.HASHES; k++) {
        long v = mix(h ^ seeds[k]);
        if (v < signature[k]) {
          signature[k] = v;
        }
      }
    }
    return signature;
  }

  private static long[] seeds() {
    long[] seeds = new long[ArticleDigest.HASHES];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < seeds.length; i++) {
      x += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(x);
    }
    return seeds;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Test
  void signatureIsThatOfTheJoinedFiveGrams() {
    Random random = new Random(14);
    String[] pieces = {"the", "korban", "tewas", "2.000", "jiwa", "é", "ñandú", "北京", "😀",
        "\uD83D", "\uDE00", "x\uD800", "\uDC00y", "ß", "", "a b"};
    for (int round = 0; round < 300; round++) {
      List<String> words = new ArrayList<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        StringBuilder w = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
          w.append(random.nextInt(4) == 0
              ? "w" + "x".repeat(random.nextInt(120)) : pieces[random.nextInt(pieces.length)]);
        }
        words.add(w.toString());
      }
      assertThat(ArticleDigest.minhash(words)).as("words %s", words)
          .containsExactly(joinedStrings(words));
    }
  }

  @Test
  void fewerThanFiveWordsHaveNoFiveGram() {
    assertThat(ArticleDigest.minhash(List.of("satu", "dua", "tiga", "empat")))
        .containsOnly(Long.MAX_VALUE);
  }
}
