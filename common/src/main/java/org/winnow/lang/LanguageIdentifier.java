package org.winnow.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the language of a text: by script for writing systems that belong to one language
 * (Chinese, Japanese, Korean, Hebrew, Georgian, Thai), else by which of Lucene's stoplists its
 * words hit most, each word weighted by how few lists contain it.
 *
 * <p>Chosen over a statistical n-gram library because news paragraphs are long enough for stopwords
 * to decide, the lists are already on the classpath and maintained, and it costs one hash lookup
 * per word.
 *
 * <pre>{@code
 * LanguageIdentifier.identify("Der Hund und die Katze sind im Haus") -> "de"
 * LanguageIdentifier.identify("12:30") -> "und"
 * }</pre>
 */
public final class LanguageIdentifier {
  private static final List<String> LANGUAGES = new ArrayList<>(Stopwords.languages());

  /** word -> bit set of {@link #LANGUAGES} whose stoplist holds it. */
  private static final LowerCaseWords INDEX = buildIndex();

  private LanguageIdentifier() {}

  /** The ISO 639-1 code of {@code text}'s language, or {@code und} when it cannot tell. */
  public static String identify(CharSequence text) {
    Script script = Script.of(text);
    switch (script) {
      case HAN:
        return "zh";
      case KANA:
        return "ja";
      case HANGUL:
        return "ko";
      case HEBREW:
        return "he";
      case GEORGIAN:
        return "ka";
      case THAI:
        return "th";
      default:
        break;
    }
    double[] score = new double[LANGUAGES.size()];
    int[] hits = new int[LANGUAGES.size()];
    int words = 0;
    int start = -1; // where the current word began, -1 between words
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (Character.isLetter(c) || (c == '\'' && start >= 0)) {
        if (start < 0) start = i;
        continue;
      }
      if (start < 0) continue;
      words++;
      long mask = INDEX.get(text, start, i);
      start = -1;
      if (mask == 0) continue;
      double weight = 1.0 / Long.bitCount(mask);
      long m = mask;
      while (m != 0) {
        int l = Long.numberOfTrailingZeros(m);
        m &= m - 1;
        score[l] += weight;
        hits[l]++;
      }
    }
    int best = -1;
    for (int l = 0; l < score.length; l++) {
      if (best < 0 || score[l] > score[best]) best = l;
    }
    // too little evidence: a few shared short words decide nothing
    if (best < 0 || hits[best] < 2 || hits[best] * 20 < words) return "und";
    return LANGUAGES.get(best);
  }

  private static LowerCaseWords buildIndex() {
    if (LANGUAGES.size() > 64) throw new IllegalStateException("more than 64 stoplists");
    Map<String, Long> index = new HashMap<>();
    for (int l = 0; l < LANGUAGES.size(); l++) {
      long bit = 1L << l;
      for (String w : Stopwords.of(LANGUAGES.get(l))) index.merge(w, bit, (a, b) -> a | b);
    }
    return new LowerCaseWords(index);
  }
}
