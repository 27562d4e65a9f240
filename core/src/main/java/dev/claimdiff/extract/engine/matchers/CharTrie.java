package dev.claimdiff.extract.engine.matchers;

import static dev.claimdiff.extract.engine.matchers.CharClasses.isWhiteSpace;
import static dev.claimdiff.extract.engine.matchers.CharClasses.letterOrDigitAt;

import java.util.Collection;
import java.util.Map;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Words as a trie of characters, a run of white space standing for any run ({@code \s+}), as
 * {@code WordPatterns} writes them for the regex engine; {@code anyCase}: letters compared as a
 * case-insensitive Unicode regex compares them ({@code lower(upper(c))}).
 */
public final class CharTrie {
  /** A node with at least this many children finds them by direct index, not by search. */
  private static final int DIRECT_CHILDREN = 8;
  /** A node with at most this many children compares them one by one. */
  private static final int FEW_CHILDREN = 4;
  /** {@code lower(upper(c))} of every Latin-1 character, as a case-insensitive regex folds it. */
  private static final char[] FOLDED_LATIN1 = new char[0x100];
  /** The private-use area, where the masks of mentions are: characters without case. */
  private static final char PRIVATE_USE_FIRST = '\uE000';
  private static final char PRIVATE_USE_LAST = '\uF8FF';
  private static final int NONE = -1;

  static {
    for (char c = 0; c < FOLDED_LATIN1.length; c++) {
      FOLDED_LATIN1[c] = Character.toLowerCase(Character.toUpperCase(c));
    }
  }

  /*
   * The trie is flat, in arrays rather than one object per node, so that a step reads two
   * neighbouring stretches of memory instead of chasing four objects (a node, its keys, its
   * children, the child): node n's fields are nodes[n * NODE_FIELDS + ...]; its children are
   * the pairs (key, node) in edges[first, first + 2 * count), sorted by key; a node with many
   * Latin-1 children also has a row of 256 child numbers in direct[]. Nodes are numbered
   * depth first, so a word's nodes lie close together.
   */
  private static final int NODE_FIELDS = 4;
  private static final int FIRST_EDGE = 0;
  private static final int EDGE_COUNT = 1;
  /** The child reached over white space, or NONE. */
  private static final int SPACE = 2;
  /** Bit 0: a word ends here; the rest: the node's row in direct[] plus one, or 0. */
  private static final int FLAGS = 3;

  private final int[] nodes;
  private final int[] edges;
  private final int[] direct;
  private final boolean anyCase;
  /**
   * Bit {@code c} (for {@code c < 0x100}): whether a word starts with a character that folds as
   * {@code c} does, that is whether the root has a child over {@code c}; read by
   * {@link #mayStartAt}, which searches try at nearly every word start of a sentence.
   */
  private final long[] startsLatin1 = new long[0x100 / Long.SIZE];

  private CharTrie(int[] nodes, int[] edges, int[] direct, boolean anyCase) {
    this.nodes = nodes;
    this.edges = edges;
    this.direct = direct;
    this.anyCase = anyCase;
    for (char c = 0; c < 0x100; c++) {
      if (child(0, c) != NONE) {
        startsLatin1[c >>> 6] |= 1L << c;
      }
    }
  }

  /** A node while the trie is built. */
  private static final class Building {
    final java.util.TreeMap<Character, Building> children = new java.util.TreeMap<>();
    @Nullable Building space;
    boolean terminal;
  }

  public static CharTrie of(Collection<String> words, boolean anyCase) {
    Building root = new Building();
    for (String word : words) {
      String w = word.strip();
      if (w.isEmpty()) {
        continue;
      }
      Building node = root;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isWhitespace(c)) {
          while (i + 1 < w.length() && Character.isWhitespace(w.charAt(i + 1))) {
            i++;
          }
          if (node.space == null) {
            node.space = new Building();
          }
          node = node.space;
        } else {
          node = node.children.computeIfAbsent(key(c, anyCase), k -> new Building());
        }
      }
      node.terminal = true;
    }
    Flattening flat = new Flattening(root);
    flat.add(root);
    return new CharTrie(flat.nodes, flat.edges, flat.direct, anyCase);
  }

  /** Numbers the nodes depth first and writes them into arrays sized for the whole trie. */
  private static final class Flattening {
    final int[] nodes;
    final int[] edges;
    final int[] direct;
    private int nextNode;
    private int nextEdge;
    private int nextRow;

    Flattening(Building root) {
      int[] counts = new int[3]; // nodes, edges, direct rows
      count(root, counts);
      this.nodes = new int[counts[0] * NODE_FIELDS];
      this.edges = new int[counts[1] * 2];
      this.direct = new int[counts[2] * 0x100];
      java.util.Arrays.fill(direct, NONE);
    }

    private static void count(Building node, int[] counts) {
      counts[0]++;
      counts[1] += node.children.size();
      counts[2] += hasDirectRow(node) ? 1 : 0;
      node.children.values().forEach(child -> count(child, counts));
      if (node.space != null) {
        count(node.space, counts);
      }
    }

    /** Whether a node's children are found by direct index: many, all Latin-1. */
    private static boolean hasDirectRow(Building node) {
      return node.children.size() >= DIRECT_CHILDREN && node.children.lastKey() < 0x100;
    }

    int add(Building node) {
      int n = nextNode++;
      int first = nextEdge;
      nextEdge += 2 * node.children.size();
      int row = hasDirectRow(node) ? nextRow++ : -1;
      int i = first;
      for (Map.Entry<Character, Building> e : node.children.entrySet()) {
        int child = add(e.getValue());
        edges[i] = e.getKey();
        edges[i + 1] = child;
        if (row >= 0) {
          direct[row * 0x100 + e.getKey()] = child;
        }
        i += 2;
      }
      int base = n * NODE_FIELDS;
      nodes[base + FIRST_EDGE] = first;
      nodes[base + EDGE_COUNT] = node.children.size();
      nodes[base + SPACE] = node.space == null ? NONE : add(node.space);
      nodes[base + FLAGS] = (node.terminal ? 1 : 0) | (row + 1) << 1;
      return n;
    }
  }

  private static char key(char c, boolean anyCase) {
    if (!anyCase) {
      return c;
    }
    if (c < FOLDED_LATIN1.length) {
      return FOLDED_LATIN1[c];
    }
    return c >= PRIVATE_USE_FIRST && c <= PRIVATE_USE_LAST ? c // no case (masked mentions)
        : Character.toLowerCase(Character.toUpperCase(c));
  }

  private boolean terminal(int node) {
    return (nodes[node * NODE_FIELDS + FLAGS] & 1) != 0;
  }

  /** The child of {@code node} over character {@code c}, or NONE. */
  private int child(int node, char c) {
    char k = key(c, anyCase);
    int base = node * NODE_FIELDS;
    int row = nodes[base + FLAGS] >>> 1;
    if (row != 0) {
      return k < 0x100 ? direct[(row - 1) * 0x100 + k] : NONE;
    }
    int first = nodes[base + FIRST_EDGE];
    int count = nodes[base + EDGE_COUNT];
    if (count <= FEW_CHILDREN) {
      for (int i = first, end = first + 2 * count; i < end; i += 2) {
        if (edges[i] == k) {
          return edges[i + 1];
        }
      }
      return NONE;
    }
    int lo = 0;
    int hi = count - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int key = edges[first + 2 * mid];
      if (key < k) {
        lo = mid + 1;
      } else if (key > k) {
        hi = mid - 1;
      } else {
        return edges[first + 2 * mid + 1];
      }
    }
    return NONE;
  }

  /**
   * The end of the longest word found at {@code at} (not past {@code limit}) that no letter or
   * digit follows, or -1: {@link #ends} with that test, without a callback per try.
   */
  public int longestWholeWordEnd(CharSequence text, int at, int limit) {
    return walk(text, at, limit, WHOLE_WORD_END, true);
  }

  /** Whether a word of the trie may start at {@code at}: its first character starts one. */
  public boolean mayStartAt(CharSequence text, int at, int limit) {
    if (at >= limit) {
      return false;
    }
    char c = text.charAt(at);
    return c < 0x100 ? (startsLatin1[c >>> 6] & 1L << c) != 0 : child(0, c) != NONE;
  }

  /**
   * Walks the text from {@code at} (not past {@code limit}) and offers the end of every word
   * found there, shortest first, until {@code accept} takes one: whether one was taken.
   */
  boolean ends(CharSequence text, int at, int limit, IntPredicate accept) {
    return walk(text, at, limit, (t, end) -> accept.test(end), false) >= 0;
  }

  /** What a walk asks of the end of a word it found. */
  private interface EndTest {
    boolean accepts(CharSequence text, int end);
  }

  /** {@code (?![\p{L}\d])} after a word. */
  private static final EndTest WHOLE_WORD_END = (text, end) -> !letterOrDigitAt(text, end);

  /**
   * Walks the text from {@code at} (not past {@code limit}) through the words found there,
   * shortest first: the first end {@code accept} takes, or with {@code longest} the last one;
   * -1 when it takes none.
   */
  private int walk(CharSequence text, int at, int limit, EndTest accept, boolean longest) {
    int node = 0;
    int i = at;
    int taken = -1;
    while (true) {
      if (terminal(node) && i > at && accept.accepts(text, i)) {
        if (!longest) {
          return i;
        }
        taken = i;
      }
      if (i >= limit) {
        return taken;
      }
      char c = text.charAt(i);
      int space = nodes[node * NODE_FIELDS + SPACE];
      if (space != NONE && isWhiteSpace(c)) {
        node = space;
        do {
          i++;
        } while (i < limit && isWhiteSpace(text.charAt(i)));
        continue;
      }
      int next = child(node, c);
      if (next == NONE) {
        return taken;
      }
      node = next;
      i++;
    }
  }
}
