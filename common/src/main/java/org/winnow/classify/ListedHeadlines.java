package org.winnow.classify;

import java.util.Arrays;
import java.util.List;
import org.winnow.model.Block;
import org.winnow.model.Page;

/**
 * The headlines a text scrape lists: the items of its runs of two or more short lines led by a list
 * marker ("- Portugal mourns after Lisbon streetcar accident"), which scrapers keep from the
 * "related stories" box. Each is another page's headline, so the census counts a listed item as a
 * title (see {@link BlockStats#titlePages}): a line of another scrape equal to it is that page's
 * headline repeated, however little it shares with the lead.
 *
 * <pre>{@code
 * lines "Rain fell.", "- Rail strike ends", "- Harbour tunnel opens", "© X"
 *   -> keys of "- Rail strike ends" and "- Harbour tunnel opens" (= keys of the bare headlines)
 * }</pre>
 */
public final class ListedHeadlines {
  /** Longer items are not headlines ({@code ParagraphClassifier}'s headline runs use the same). */
  static final int MAX_CHARS = 250;

  private ListedHeadlines() {}

  /**
   * The distinct text keys (ascending) of the listed headlines of {@code page}'s text lines; the
   * marker does not change a key ({@code TextKey} drops punctuation). Items that end as a sentence
   * are left out: bullets of an article's own text are sentences, a headline seldom is.
   */
  public static long[] keys(Page page) {
    List<Block> blocks = page.blocks();
    int n = blocks.size();
    long[] out = null;
    int count = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && item(blocks.get(j))) j++;
      if (j - i >= 2) {
        for (int k = i; k < j; k++) {
          Block b = blocks.get(k);
          if (b.key() == 0 || endsASentence(b.text())) continue;
          if (out == null) out = new long[n];
          out[count++] = b.key();
        }
      }
      i = Math.max(j, i + 1);
    }
    if (count == 0) return new long[0];
    Arrays.sort(out, 0, count);
    int d = 0;
    for (int k = 0; k < count; k++) if (d == 0 || out[d - 1] != out[k]) out[d++] = out[k];
    return Arrays.copyOf(out, d);
  }

  /** A text line led by a list marker and a space. */
  private static boolean item(Block b) {
    String s = b.text();
    if (!b.tag().equals("line") || s.length() < 3 || s.length() >= MAX_CHARS) return false;
    char c = s.charAt(0);
    boolean marker =
        c == '-' || c == '•' || c == '*' || c == '·' || c == '–' || c == '—' || c == '»';
    return marker && Character.isWhitespace(s.charAt(1));
  }

  private static boolean endsASentence(String s) {
    int end = s.length() - 1;
    while (end > 0 && "\"'”’)".indexOf(s.charAt(end)) >= 0) end--;
    char c = s.charAt(end);
    return c == '.' || c == '!' || c == ';';
  }
}
