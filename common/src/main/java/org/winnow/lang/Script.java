package org.winnow.lang;

/**
 * The writing system of a piece of text, by Unicode script of its letters.
 *
 * <pre>{@code
 * Script.of("Привет, мир") -> CYRILLIC
 * Script.of("北京时间") -> HAN
 * }</pre>
 */
public enum Script {
  LATIN,
  CYRILLIC,
  GREEK,
  ARABIC,
  HEBREW,
  HAN,
  KANA,
  HANGUL,
  THAI,
  DEVANAGARI,
  BENGALI,
  TAMIL,
  TELUGU,
  ARMENIAN,
  GEORGIAN,
  OTHER,
  NONE;

  /** Whether words of this script are not separated by spaces, so length counts characters. */
  public boolean unspaced() {
    return this == HAN || this == KANA || this == THAI;
  }

  private static final Script[] VALUES = values();

  /**
   * {@link #compute} of the code points below U+3400, by ordinal: the Unicode script lookup is a
   * binary search over two thousand ranges, too slow to run on every letter of every block.
   */
  private static final byte[] BMP = bmpTable();

  private static byte[] bmpTable() {
    // the alphabetic scripts; ideographs and syllabaries above are looked up one by one
    byte[] table = new byte[0x3400];
    for (int cp = 0; cp < table.length; cp++) table[cp] = (byte) compute(cp).ordinal();
    return table;
  }

  /** The script of one code point, {@link #NONE} for non-letters. */
  public static Script ofCodePoint(int cp) {
    return cp >= 0 && cp < BMP.length ? VALUES[BMP[cp]] : compute(cp);
  }

  private static Script compute(int cp) {
    if (cp < 0x80) {
      return Character.isLetter(cp) ? LATIN : NONE;
    }
    if (!Character.isLetter(cp)) return NONE;
    Character.UnicodeScript s;
    try {
      s = Character.UnicodeScript.of(cp);
    } catch (IllegalArgumentException e) {
      return OTHER;
    }
    return switch (s) {
      case LATIN -> LATIN;
      case CYRILLIC -> CYRILLIC;
      case GREEK -> GREEK;
      case ARABIC -> ARABIC;
      case HEBREW -> HEBREW;
      case HAN -> HAN;
      case HIRAGANA, KATAKANA -> KANA;
      case HANGUL -> HANGUL;
      case THAI -> THAI;
      case DEVANAGARI -> DEVANAGARI;
      case BENGALI -> BENGALI;
      case TAMIL -> TAMIL;
      case TELUGU -> TELUGU;
      case ARMENIAN -> ARMENIAN;
      case GEORGIAN -> GEORGIAN;
      default -> OTHER;
    };
  }

  /**
   * The script most letters of {@code text} are written in; {@link #KANA} wins over {@link #HAN}
   * when kana make up a tenth of the letters, since Japanese mixes both.
   */
  public static Script of(CharSequence text) {
    int[] counts = new int[VALUES.length];
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      counts[ofCodePoint(cp).ordinal()]++;
    }
    return dominant(counts);
  }

  /** The dominant script of letter counts indexed by ordinal. */
  static Script dominant(int[] counts) {
    int best = NONE.ordinal();
    int letters = 0;
    for (int i = 0; i < counts.length; i++) {
      if (i == NONE.ordinal()) continue;
      letters += counts[i];
      if (counts[i] > 0 && (best == NONE.ordinal() || counts[i] > counts[best])) best = i;
    }
    if (counts[KANA.ordinal()] * 10 >= letters && counts[KANA.ordinal()] > 0) return KANA;
    return VALUES[best];
  }
}
