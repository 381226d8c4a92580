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
    int chars = 0, words = 0, stop = 0, letters = 0, upper = 0, digits = 0, punct = 0;
    int ends = 0, commas = 0, urls = 0, emails = 0, handles = 0, caps = 0, unspaced = 0;
    int[] scripts = new int[Script.values().length];
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
      boolean firstUpper = false;
      for (int j = start; j < end; ) {
        int cp = text.codePointAt(j);
        j += Character.charCount(cp);
        chars++;
        Script s = Script.ofCodePoint(cp);
        scripts[s.ordinal()]++;
        if (s != Script.NONE) {
          letters++;
          if (tokenLetters == 0 && Character.isUpperCase(cp)) firstUpper = true;
          tokenLetters++;
          if (Character.isUpperCase(cp)) upper++;
          if (s.unspaced()) unspaced++;
        } else if (Character.isDigit(cp)) {
          digits++;
        } else if (cp == '@') {
          hasAt = true;
          punct++;
        } else if (isPunctuation(cp)) {
          punct++;
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
      String token = text.substring(start, end);
      if (looksLikeUrl(token)) urls++;
      else if (hasAt && token.indexOf('@') > 0 && token.indexOf('.', token.indexOf('@')) > 0) {
        emails++;
      } else if ((token.charAt(0) == '@' || token.charAt(0) == '#') && tokenLetters > 0) {
        handles++;
      }
      if (!stoplist.isEmpty() && tokenLetters > 0 && isStopword(token, stoplist)) stop++;
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

  private static boolean isStopword(String token, Set<String> stoplist) {
    int s = 0;
    int e = token.length();
    while (s < e && !Character.isLetter(token.charAt(s))) s++;
    while (e > s && !Character.isLetter(token.charAt(e - 1))) e--;
    if (s >= e) return false;
    return stoplist.contains(token.substring(s, e).toLowerCase(Locale.ROOT));
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

  private static boolean looksLikeUrl(String token) {
    return token.startsWith("http://")
        || token.startsWith("https://")
        || token.startsWith("www.")
        || token.contains("://");
  }
}
