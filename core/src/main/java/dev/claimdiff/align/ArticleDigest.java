package dev.claimdiff.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import dev.claimdiff.extract.ClaimExtractor;
import dev.claimdiff.extract.Extraction;
import dev.claimdiff.lang.Language;
import dev.claimdiff.nlp.AnnotatedArticle;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What alignment needs of an article besides its claims: its id and outlet, the spellings it used
 * for each named entity, and a MinHash signature of its word 5-grams (near-duplicate articles,
 * such as syndicated copies of one wire story, have close signatures).
 *
 * @param article the article id
 * @param outlet the outlet, or null
 * @param language the article's language, or null when unknown
 * @param published when the article was published: the ISO date-time when a clock time is known
 *     ({@code 2022-01-22T09:31+07:00}), else the ISO date ({@code 2022-01-22}, {@code 2022-01}),
 *     or null; it orders figures that changed over time
 * @param spellings entity → spellings used
 * @param minhash {@value #HASHES} minimum hashes of the article's word 5-grams
 * @param sentences each sentence's words in the vocabulary both languages share
 *     ({@link NeutralSentences}), to find translations of an article in another language
 */
public record ArticleDigest(
    String article,
    @Nullable String outlet,
    @Nullable Language language,
    @Nullable String published,
    ImmutableSetMultimap<String, String> spellings,
    long[] minhash,
    ImmutableList<NeutralSentences.Keys> sentences) implements java.io.Serializable {

  /** The length of the MinHash signature. */
  public static final int HASHES = 64;
  private static final int SHINGLE = 5;
  private static final long[] SEEDS = seeds();

  /** A digest without sentences (nothing to find its translations by). */
  public ArticleDigest(String article, @Nullable String outlet, @Nullable Language language,
      @Nullable String published, ImmutableSetMultimap<String, String> spellings, long[] minhash) {
    this(article, outlet, language, published, spellings, minhash, ImmutableList.of());
  }

  /** The digest of an annotated article and what was extracted from it. */
  public static ArticleDigest of(AnnotatedArticle annotated, Extraction extraction) {
    List<String> words = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (Character.isLetterOrDigit(w.codePointAt(0))) {
          words.add(w);
        }
      }
    }
    long[] signature = minhash(words);
    var metadata = annotated.article().metadata();
    return new ArticleDigest(annotated.article().id(), metadata.outlet(), metadata.language(),
        metadata.publishedAt() != null ? metadata.publishedAt() : metadata.published(),
        extraction.spellings(), signature, NeutralSentences.of(
            ClaimExtractor.rulesLanguage(metadata.language()), annotated.sentences(),
            annotated.article().clean()));
  }

  /**
   * The MinHash signature of the words' 5-grams: for each seed, the least mix of a 5-gram's
   * hash (Murmur3 of the five words joined by spaces, in UTF-8) with the seed.
   */
  static long[] minhash(List<String> words) {
    // each word's UTF-8 bytes, once: a 5-gram's hash is that of its words' bytes joined by
    // spaces (what hashing the joined string gives, without making it for every 5-gram)
    List<byte[]> bytes = new ArrayList<>(words.size());
    for (String w : words) {
      bytes.add(w.getBytes(StandardCharsets.UTF_8));
    }
    long[] signature = new long[HASHES];
    Arrays.fill(signature, Long.MAX_VALUE);
    HashFunction murmur = Hashing.murmur3_128();
    byte[] shingle = new byte[256];
    for (int i = 0; i + SHINGLE <= bytes.size(); i++) {
      int length = SHINGLE - 1;
      for (int j = i; j < i + SHINGLE; j++) {
        length += bytes.get(j).length;
      }
      if (length > shingle.length) {
        shingle = new byte[Math.max(length, 2 * shingle.length)];
      }
      int at = 0;
      for (int j = i; j < i + SHINGLE; j++) {
        if (j > i) {
          shingle[at++] = ' ';
        }
        byte[] w = bytes.get(j);
        System.arraycopy(w, 0, shingle, at, w.length);
        at += w.length;
      }
      long h = murmur.hashBytes(shingle, 0, length).asLong();
      for (int k = 0; k < HASHES; k++) {
        long v = mix(h ^ SEEDS[k]);
        if (v < signature[k]) {
          signature[k] = v;
        }
      }
    }
    return signature;
  }

  /** A copy under another id and outlet (the report renames a file given twice). */
  public ArticleDigest withArticle(String id, @Nullable String newOutlet) {
    return new ArticleDigest(id, newOutlet, language, published, spellings, minhash, sentences);
  }

  /** The estimated Jaccard similarity of the two articles' 5-gram sets. */
  public double similarity(ArticleDigest other) {
    int same = 0;
    int usable = 0;
    for (int k = 0; k < HASHES; k++) {
      if (minhash[k] == Long.MAX_VALUE && other.minhash[k] == Long.MAX_VALUE) {
        continue;
      }
      usable++;
      if (minhash[k] == other.minhash[k]) {
        same++;
      }
    }
    return usable == 0 ? 0 : (double) same / usable;
  }

  /** How people name the article in a summary: its outlet, else its id. */
  public String label() {
    return outlet != null ? outlet : article;
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
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
}
