package org.winnow.dedup;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.winnow.text.CodePointRuns;

/**
 * The numbers a shingle holds, as one hash: {@link org.winnow.text.TextKey#normalize} folds each
 * run of digits to one {@code 0}, and this recovers which digits each {@code 0} stood for.
 *
 * <pre>{@code
 * // "Polled 5,120 people" normalises to "polled 0 0 people": tokens end at 6, 8, 10, 17
 * Figures.ofTokens("Polled 5,120 people", "polled 0 0 people", new int[] {6, 8, 10, 17}, 4)
 * // -> {0, hash("5"), hash("120"), 0}
 * }</pre>
 */
final class Figures {
  private Figures() {}

  /** Fixed seed of figures hashes, apart from shingle hashes: they are compared, never stored. */
  private static final Hasher64 HASHER = Hashing.xxh3_64(0x46494755524553L); // "FIGURES"

  /**
   * The figures hash of each token of one paragraph: 0 for a token without a number, otherwise a
   * non-zero hash of the digits its {@code 0}s stand for; all 0 when the digits cannot be matched
   * to the normalised text's {@code 0}s (then nothing is known, and nothing disagrees).
   *
   * @param paragraph the paragraph as written
   * @param norm its {@link org.winnow.text.TextKey#normalize normalised} text
   * @param ends the end offset in {@code norm} of each token, in order
   * @param tokens how many of {@code ends} are set
   */
  static int[] ofTokens(String paragraph, String norm, int[] ends, int tokens) {
    int[] out = new int[tokens];
    int zeros = 0;
    for (int i = 0; i < norm.length(); i++) if (norm.charAt(i) == '0') zeros++;
    List<String> runs = digitRuns(paragraph);
    if (runs.size() != zeros) {
      // compatibility forms (superscripts, circled digits) become digits only under NFKC
      runs =
          digitRuns(Normalizer.normalize(paragraph, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
      if (runs.size() != zeros) return out;
    }
    int run = 0;
    int start = 0;
    for (int t = 0; t < tokens; t++) {
      StringBuilder digits = null;
      for (int i = start; i < ends[t]; i++) {
        if (norm.charAt(i) != '0') continue;
        if (digits == null) digits = new StringBuilder();
        else digits.append('/');
        digits.append(runs.get(run++));
      }
      if (digits != null) out[t] = nonZero((int) HASHER.hashCharsToLong(digits));
      start = ends[t];
    }
    return out;
  }

  /**
   * The figures hash of each of the {@code count} shingles of {@code width} tokens: 0 when none of
   * its tokens holds a number, otherwise a non-zero hash of its tokens' figures in order.
   */
  static int[] ofShingles(int[] tokenFigures, int tokens, int width, int count) {
    int[] out = new int[count];
    // tokens with a number among the first i: a shingle without one costs one subtraction
    int[] before = new int[tokens + 1];
    for (int i = 0; i < tokens; i++) before[i + 1] = before[i] + (tokenFigures[i] != 0 ? 1 : 0);
    for (int i = 0; i < count; i++) {
      if (before[i + width] == before[i]) continue;
      long h = 0;
      for (int k = i; k < i + width; k++) h = h * 0x9E3779B97F4A7C15L + tokenFigures[k];
      h ^= h >>> 29;
      h *= 0xBF58476D1CE4E5B9L;
      h ^= h >>> 32;
      out[i] = nonZero((int) h);
    }
    return out;
  }

  /** The maximal runs of digits in {@code text}, in order. */
  static List<String> digitRuns(String text) {
    return CodePointRuns.of(text, Character::isDigit);
  }

  private static int nonZero(int h) {
    return h == 0 ? 1 : h;
  }
}
