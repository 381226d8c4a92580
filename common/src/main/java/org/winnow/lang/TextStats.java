package org.winnow.lang;

import java.util.Locale;
import java.util.Set;

/**
 * Language-independent measurements of one paragraph's text, taken in a single pass: how long it is
 * (in characters, so that Chinese or Thai count fairly), how much of it is stopwords, how it is
 * punctuated and capitalised, and whether it carries URLs, e-mail addresses, handles or a list
 * marker.
 *
 * <pre>{@code
 * TextStats.of("The cat sat on the mat.", Stopwords.of("en"))
 *   -> words=6, stopwords=3, sentenceEnds=1, script=LATIN
 * }</pre>
 *
 * @param chars non-space characters
 * @param words word count: space-separated tokens, plus one per two characters of unspaced scripts
 *     (Chinese, Japanese, Thai)
 * @param stopwords tokens found in the stoplist
 * @param letters letters
 * @param uppercase upper-case letters
 * @param digits digits
 * @param punctuation punctuation characters
 * @param sentenceEnds sentence-ending marks ({@code . ! ? 。 ！ ？}) followed by space or end
 * @param commas commas (Latin and CJK)
 * @param urls tokens that look like URLs
 * @param emails tokens that look like e-mail addresses
 * @param handles tokens that look like social handles ({@code @name}) or hashtags
 * @param capitalisedWords words starting with an upper-case letter
 * @param listMarker whether the text starts with a bullet or dash list marker
 * @param script dominant script
 */
public record TextStats(
    int chars,
    int words,
    int stopwords,
    int letters,
    int uppercase,
    int digits,
    int punctuation,
    int sentenceEnds,
    int commas,
    int urls,
    int emails,
    int handles,
    int capitalisedWords,
    boolean listMarker,
    Script script) {

  /** Measures {@code text}; {@code stoplist} holds lower-case stopwords (may be empty). */
  public static TextStats of(String text, Set<String> stoplist) {
    // one pass over the characters; tokens are index ranges, never cut out as strings
    Stopwords.Stoplist fast = stoplist instanceof Stopwords.Stoplist l ? l : null;
    boolean noStopwords = stoplist.isEmpty();
    int chars = 0, words = 0, stop = 0, letters = 0, upper = 0, digits = 0, punct = 0;
    int ends = 0, commas = 0, urls = 0, emails = 0, handles = 0, caps = 0, unspaced = 0;
    int[] scripts = new int[SCRIPTS];
    int n = text.length();
    int i = 0;
    while (i < n) {
      // one whitespace-delimited token per iteration
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      if (i >= n) break;
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
      int end = i;
      int tokenLetters = 0;
      boolean hasAt = false;
      boolean hasColon = false;
      boolean firstUpper = false;
      for (int j = start; j < end; ) {
        char ch = text.charAt(j);
        if (ch < 0x80) {
          // ASCII by table: the same answers as the general path below, without its lookups
          j++;
          chars++;
          int kind = ASCII[ch];
          if ((kind & LETTER) != 0) {
            scripts[LATIN]++;
            letters++;
            boolean isUpper = (kind & UPPER) != 0;
            if (tokenLetters == 0 && isUpper) firstUpper = true;
            tokenLetters++;
            if (isUpper) upper++;
            continue;
          }
          scripts[NONE]++;
          if ((kind & DIGIT) != 0) {
            digits++;
          } else if (ch == '@') {
            hasAt = true;
            punct++;
          } else if ((kind & PUNCT) != 0) {
            punct++;
            if (ch == ':') hasColon = true;
            if (ch == ',') commas++;
            else if ((ch == '.' || ch == '!' || ch == '?') && (j >= end)) ends++;
          }
          continue;
        }
        int cp = Character.isSurrogate(ch) ? text.codePointAt(j) : ch;
        j += Character.charCount(cp);
        chars++;
        Script s = Script.ofCodePoint(cp);
        scripts[s.ordinal()]++;
        if (s != Script.NONE) {
          letters++;
          boolean isUpper = Character.isUpperCase(cp);
          if (tokenLetters == 0 && isUpper) firstUpper = true;
          tokenLetters++;
          if (isUpper) upper++;
          if (s.unspaced()) unspaced++;
        } else if (cp < 0x80 ? cp >= '0' && cp <= '9' : Character.isDigit(cp)) {
          digits++;
        } else if (cp == '@') {
          hasAt = true;
          punct++;
        } else if (isPunctuation(cp)) {
          punct++;
          if (cp == ':') hasColon = true;
          if (cp == ',' || cp == '，' || cp == '、') commas++;
          if (cp == '。' || cp == '！' || cp == '？') ends++;
          else if ((cp == '.' || cp == '!' || cp == '?') && (j >= end)) ends++;
        }
      }
      if (tokenLetters == 0 && end - start <= 2 && words == 0 && isListMarker(text, start, end)) {
        // a leading "-" or "•" is a marker, not a word
        continue;
      }
      words++;
      if (firstUpper) caps++;
      if (looksLikeUrl(text, start, end, hasColon)) urls++;
      else if (hasAt && isEmail(text, start, end)) {
        emails++;
      } else if ((text.charAt(start) == '@' || text.charAt(start) == '#') && tokenLetters > 0) {
        handles++;
      }
      if (!noStopwords && tokenLetters > 0 && isStopword(text, start, end, stoplist, fast)) {
        stop++;
      }
    }
    words += unspaced / 2;
    boolean marker = false;
    if (n > 0) {
      int j = 0;
      while (j < n && Character.isWhitespace(text.charAt(j))) j++;
      marker =
          j < n
              && isListMarker(text, j, Math.min(n, j + 1))
              && j + 1 < n
              && Character.isWhitespace(text.charAt(j + 1));
    }
    return new TextStats(
        chars,
        words,
        stop,
        letters,
        upper,
        digits,
        punct,
        ends,
        commas,
        urls,
        emails,
        handles,
        caps,
        marker,
        Script.dominant(scripts));
  }

  private static final int SCRIPTS = Script.values().length;

  private static final int LATIN = Script.LATIN.ordinal();
  private static final int NONE = Script.NONE.ordinal();

  /** {@link #ASCII} bits: what the general path finds out about an ASCII character. */
  private static final byte LETTER = 1, UPPER = 2, DIGIT = 4, PUNCT = 8;

  /** The bits of each ASCII character, computed at start-up by the general path's own tests. */
  private static final byte[] ASCII = asciiKinds();

  private static byte[] asciiKinds() {
    byte[] kinds = new byte[0x80];
    for (int c = 0; c < 0x80; c++) {
      int k = 0;
      Script s = Script.ofCodePoint(c);
      if (s != Script.NONE) {
        if (s != Script.LATIN) throw new IllegalStateException("ASCII letter not Latin: " + c);
        k |= LETTER;
        if (Character.isUpperCase(c)) k |= UPPER;
      } else if (c >= '0' && c <= '9') {
        k |= DIGIT;
      } else if (isPunctuation(c)) {
        k |= PUNCT;
      }
      kinds[c] = (byte) k;
    }
    return kinds;
  }

  /** Share of words that are stopwords, 0 when there are no words. */
  public double stopwordDensity() {
    return words == 0 ? 0 : (double) stopwords / words;
  }

  /**
   * Length in Latin-equivalent characters: unspaced scripts pack a word into one or two characters,
   * so each of their letters counts three times (the jusText thresholds stay usable).
   */
  public int effectiveLength() {
    return script.unspaced() ? chars * 3 : chars + Math.max(0, words - 1);
  }

  /** Share of letters that are upper case. */
  public double uppercaseRatio() {
    return letters == 0 ? 0 : (double) uppercase / letters;
  }

  /** Share of characters that are punctuation. */
  public double punctuationRatio() {
    return chars == 0 ? 0 : (double) punctuation / chars;
  }

  /**
   * Whether the token {@code text[start, end)} without its leading and trailing non-letters is a
   * stopword.
   */
  private static boolean isStopword(
      String text, int start, int end, Set<String> stoplist, Stopwords.Stoplist fast) {
    int s = start;
    int e = end;
    while (s < e && !Character.isLetter(text.charAt(s))) s++;
    while (e > s && !Character.isLetter(text.charAt(e - 1))) e--;
    if (s >= e) return false;
    if (fast != null) return fast.containsLowerCased(text, s, e);
    return stoplist.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  private static boolean isPunctuation(int cp) {
    int t = Character.getType(cp);
    return t == Character.OTHER_PUNCTUATION
        || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.CONNECTOR_PUNCTUATION;
  }

  private static boolean isListMarker(String text, int start, int end) {
    char c = text.charAt(start);
    return end - start == 1
        && (c == '-' || c == '•' || c == '*' || c == '·' || c == '–' || c == '—' || c == '»');
  }

  /** A token starting with {@code www.} or holding {@code ://} (so every http:// one). */
  private static boolean looksLikeUrl(String text, int start, int end, boolean hasColon) {
    return startsWith(text, start, end, "www.") || (hasColon && contains(text, start, end, "://"));
  }

  /** An '@' after the token's first character, and a '.' somewhere after that '@'. */
  private static boolean isEmail(String text, int start, int end) {
    int at = indexOf(text, '@', start, end);
    return at > start && indexOf(text, '.', at, end) > at;
  }

  private static boolean startsWith(String text, int start, int end, String prefix) {
    return end - start >= prefix.length() && text.startsWith(prefix, start);
  }

  /** Whether {@code text[start, end)} contains {@code needle}; the search stops at {@code end}. */
  private static boolean contains(String text, int start, int end, String needle) {
    int last = end - needle.length();
    char first = needle.charAt(0);
    for (int i = start; i <= last; i++) {
      if (text.charAt(i) == first && text.startsWith(needle, i)) return true;
    }
    return false;
  }

  private static int indexOf(String text, char c, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == c) return i;
    }
    return -1;
  }
}
