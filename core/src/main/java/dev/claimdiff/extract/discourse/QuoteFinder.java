package dev.claimdiff.extract.discourse;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds quotations in cleaned text, paragraph by paragraph: curly marks open ({@code “}) and close
 * ({@code ”}); a straight {@code "} opens when no quotation is open and closes one that is, so the
 * mixed {@code “…"} pair of some sites works; single marks ({@code '…'}, {@code ‘…’}) inside a
 * quotation are nested quotations. A quotation still open at the end of its paragraph ends there.
 */
public final class QuoteFinder {

  /**
   * One quotation.
   *
   * @param open the offset of the opening mark
   * @param close the offset of the closing mark (or the paragraph end when unclosed)
   * @param closed whether a closing mark was found
   * @param parent the quotation it is nested in, or null
   */
  public record Quotation(int open, int close, boolean closed, @Nullable Quotation parent) {
    public int contentStart() {
      return open + 1;
    }

    boolean contains(int offset) {
      return open < offset && offset < close;
    }
  }

  static ImmutableList<Quotation> find(String text) {
    List<Quotation> found = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart < text.length()) {
      int paragraphEnd = text.indexOf("\n\n", paragraphStart);
      if (paragraphEnd < 0) {
        paragraphEnd = text.length();
      }
      findInParagraph(text, paragraphStart, paragraphEnd, found);
      paragraphStart = paragraphEnd + 2;
    }
    found.sort((a, b) -> Integer.compare(a.open(), b.open()));
    return ImmutableList.copyOf(found);
  }

  private static void findInParagraph(String text, int from, int to, List<Quotation> found) {
    int open = -1;
    int singleOpen = -1;
    List<int[]> nested = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean doubleMark = c == '"' || c == '“' || c == '”' || c == '„';
      if (doubleMark) {
        if (open < 0 && c != '”') {
          open = i;
          nested.clear();
          singleOpen = -1;
        } else if (open >= 0 && c != '“' && c != '„') {
          Quotation outer = new Quotation(open, i, true, null);
          found.add(outer);
          for (int[] n : nested) {
            found.add(new Quotation(n[0], n[1], true, outer));
          }
          open = -1;
        }
        continue;
      }
      if (open >= 0 && (c == '\'' || c == '‘' || c == '’')) {
        boolean wordBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
        if (singleOpen < 0 && !wordBefore && wordAfter && c != '’') {
          singleOpen = i;
        } else if (singleOpen >= 0 && !wordAfter && c != '‘') {
          nested.add(new int[] {singleOpen, i});
          singleOpen = -1;
        }
      }
    }
    if (open >= 0) {
      int end = to;
      while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > open + 1) {
        Quotation outer = new Quotation(open, end, false, null);
        found.add(outer);
        for (int[] n : nested) {
          found.add(new Quotation(n[0], n[1], true, outer));
        }
      }
    }
  }
}
