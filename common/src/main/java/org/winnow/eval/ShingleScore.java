package org.winnow.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.winnow.text.CodePointRuns;

/**
 * The article-extraction benchmark's metric: 4-token shingles of {@code \w+} tokens (Unicode, case
 * kept) as a multiset; per page precision and recall; corpus precision and recall are the means
 * over pages that have predicted (resp. gold) shingles; F1 from those means.
 *
 * <pre>{@code
 * ShingleScore s = new ShingleScore();
 * s.add("a b c d e", "a b c d");  // page P = 1/2, R = 1
 * s.f1();                          // 0.667
 * }</pre>
 */
public final class ShingleScore {
  private static final int K = 4;

  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;

  /** One page's precision and recall (1 when there is nothing to find or nothing was found). */
  public record Page(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** Adds one page: what the extractor produced and the gold text; returns the page's scores. */
  public Page add(String predicted, String gold) {
    Map<String, Integer> p = shingles(predicted);
    Map<String, Integer> g = shingles(gold);
    int tp = 0;
    int predTotal = 0;
    int goldTotal = 0;
    for (int c : p.values()) predTotal += c;
    for (int c : g.values()) goldTotal += c;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      tp += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    }
    int fp = predTotal - tp;
    int fn = goldTotal - tp;
    if (fp == 0 && fn == 0) {
      precisionSum += 1;
      precisionPages++;
      recallSum += 1;
      recallPages++;
      return new Page(1, 1);
    }
    if (tp + fp > 0) {
      precisionSum += (double) tp / (tp + fp);
      precisionPages++;
    }
    if (tp + fn > 0) {
      recallSum += (double) tp / (tp + fn);
      recallPages++;
    }
    return new Page(
        tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 1 : (double) tp / (tp + fn));
  }

  public double precision() {
    return precisionPages == 0 ? 0 : precisionSum / precisionPages;
  }

  public double recall() {
    return recallPages == 0 ? 0 : recallSum / recallPages;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** {@code \w+} tokens in Unicode: letters, digits, marks and underscore. */
  static List<String> tokens(String text) {
    return CodePointRuns.of(text, ShingleScore::isWordChar);
  }

  static Map<String, Integer> shingles(String text) {
    List<String> t = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (t.isEmpty()) return out;
    if (t.size() < K) {
      out.put(String.join(" ", t), 1);
      return out;
    }
    for (int i = 0; i + K <= t.size(); i++) {
      out.merge(String.join(" ", t.subList(i, i + K)), 1, Integer::sum);
    }
    return out;
  }

  private static boolean isWordChar(int cp) {
    if (cp == '_') return true;
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
