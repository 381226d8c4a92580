package org.winnow.text;

import com.dynatrace.hash4j.hashing.Hashing;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalised text and its 64-bit key, the unit of every exact comparison: template paragraphs,
 * titles repeated as lines, exact duplicates.
 *
 * <pre>{@code
 * TextKey.normalize("  Putin meets Kim, praises 2 troops!") -> "putin meets kim praises 0 troops"
 * }</pre>
 */
public final class TextKey {
  /** Hashers are immutable and thread-safe: one serves every call. */
  private static final com.dynatrace.hash4j.hashing.Hasher64 HASHER = Hashing.xxh3_64();

  private TextKey() {}

  /**
   * NFKC, lower case, every run of digits as {@code 0}, punctuation and symbols dropped, white
   * space collapsed to one space, trimmed.
   */
  public static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    boolean digit = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp)) {
        if (!digit) {
          if (space && sb.length() > 0) sb.append(' ');
          sb.append('0');
        }
        digit = true;
        space = false;
      } else if (Character.isLetter(cp)
          || Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
        if (space && sb.length() > 0) sb.append(' ');
        sb.appendCodePoint(cp);
        space = false;
        digit = false;
      } else {
        // white space, punctuation and symbols all separate words
        space = true;
        digit = false;
      }
    }
    return sb.toString();
  }

  /** XXH3-64 of {@link #normalize(String)}; 0 is never returned for non-empty normalised text. */
  public static long of(String text) {
    String n = normalize(text);
    if (n.isEmpty()) return 0L;
    long h = HASHER.hashCharsToLong(n);
    return h == 0 ? 1 : h;
  }
}
