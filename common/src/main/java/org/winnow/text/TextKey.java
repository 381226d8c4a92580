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

  /** {@link #KIND}: a character that {@link #normalizeFully} treats otherwise or in context. */
  private static final byte FULL = 0;

  /** {@link #KIND}: NFKC and lower case make only white space, punctuation or symbols of it. */
  private static final byte SEPARATOR = 1;

  /** {@link #KIND}: a digit that NFKC keeps. */
  private static final byte DIGIT = 2;

  /** {@link #KIND}: a letter that NFKC keeps and that lower-cases to {@link #LOWER} alone. */
  private static final byte LETTER = 3;

  /**
   * What {@link #normalizeFully} makes of each BMP character on its own, for the characters whose
   * result does not depend on their neighbours; a text of only such characters is normalised one
   * character at a time, without the NFKC and lower-casing passes over the whole text.
   */
  private static final byte[] KIND = new byte[0x10000];

  private static final char[] LOWER = new char[0x10000];

  static {
    // alphabets, Latin-1 and general punctuation, currency and CJK punctuation: what most text is
    // written in; the table is built at start-up, so the rest (ideographs, syllabaries) is left to
    // the full path rather than computed for 60,000 characters
    for (int c = 0; c < 0x10000; c++) {
      boolean common =
          c < 0x0800
              || (c >= 0x2000 && c < 0x20d0)
              || (c >= 0x3000 && c < 0x3040)
              || (c >= 0xff00 && c < 0xfff0);
      if (!common) continue;
      KIND[c] = kindOf((char) c);
      if (KIND[c] == LETTER) {
        LOWER[c] = String.valueOf((char) c).toLowerCase(Locale.ROOT).charAt(0);
      }
    }
  }

  private TextKey() {}

  private static byte kindOf(char c) {
    if (Character.isSurrogate(c)) return FULL;
    // the capital sigma lower-cases by its position in the word; Hangul vowel and final jamo
    // compose with the jamo before them
    if (c == '\u03a3' || (c >= '\u1100' && c <= '\u11ff') || (c >= '\ua960' && c <= '\ua97f')) {
      return FULL;
    }
    if (c >= '\ud7b0' && c <= '\ud7ff') return FULL;
    int type = Character.getType(c);
    // marks combine with the character before them
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return FULL;
    }
    String s = String.valueOf(c);
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    String lower = nfkc.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()) return FULL;
    boolean separators = true;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp) || isLetterOrMark(cp)) separators = false;
    }
    // what NFKC makes of it holds no mark, so nothing composes across its edges
    if (separators) return SEPARATOR;
    if (!nfkc.equals(s) || lower.length() != 1) return FULL;
    char l = lower.charAt(0);
    if (Character.isDigit(l)) return DIGIT;
    return Character.isLetter(l) ? LETTER : FULL;
  }

  private static boolean isLetterOrMark(int cp) {
    return Character.isLetter(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The number of words in a {@link #normalize normalized} text, its words one space apart.
   *
   * <pre>{@code
   * TextKey.words("the council approves") -> 3
   * TextKey.words("")                     -> 0
   * }</pre>
   */
  public static int words(String normalized) {
    if (normalized.isEmpty()) return 0;
    int n = 1;
    for (int i = 0; i < normalized.length(); i++) if (normalized.charAt(i) == ' ') n++;
    return n;
  }

  /**
   * NFKC, lower case, every run of digits as {@code 0}, punctuation and symbols dropped, white
   * space collapsed to one space, trimmed.
   */
  public static String normalize(String text) {
    int n = text.length();
    // each character gives at most one: itself, a 0 for a run of digits, or a space
    char[] out = new char[n];
    int len = 0;
    boolean space = false;
    boolean digit = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (KIND[c]) {
        case SEPARATOR -> {
          space = true;
          digit = false;
        }
        case DIGIT -> {
          if (!digit) {
            if (space && len > 0) out[len++] = ' ';
            out[len++] = '0';
          }
          digit = true;
          space = false;
        }
        case LETTER -> {
          if (space && len > 0) out[len++] = ' ';
          out[len++] = LOWER[c];
          space = false;
          digit = false;
        }
        default -> {
          return normalizeFully(text);
        }
      }
    }
    return new String(out, 0, len);
  }

  /** {@link #normalize} without the per-character shortcut: the definition. */
  static String normalizeFully(String text) {
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
    return ofNormalized(normalize(text));
  }

  /**
   * {@link #of} of text already normalised by {@link #normalize} (for a caller that needs the
   * normalised text too): {@code ofNormalized(normalize(t)) == of(t)}.
   */
  public static long ofNormalized(String normalized) {
    if (normalized.isEmpty()) return 0L;
    long h = HASHER.hashCharsToLong(normalized);
    return h == 0 ? 1 : h;
  }
}
