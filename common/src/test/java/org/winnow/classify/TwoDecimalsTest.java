package org.winnow.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reasons' numbers must read exactly as the formatter wrote them. */
class TwoDecimalsTest {

  private static String formatted(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  @Test
  void roundsHalfUpOnTheShortestDigitsAsTheFormatterDoes() {
    assertEquals("0.13", ParagraphClassifier.twoDecimals(0.125));
    assertEquals("0.15", ParagraphClassifier.twoDecimals(0.145));
    assertEquals("10.00", ParagraphClassifier.twoDecimals(9.995));
    assertEquals("0.00", ParagraphClassifier.twoDecimals(0));
    assertEquals("1.00", ParagraphClassifier.twoDecimals(1));
  }

  @Test
  void agreesWithTheFormatterOnEveryRatioOfSmallCounts() {
    for (int b = 1; b <= 400; b++) {
      for (int a = 0; a <= b; a++) {
        double v = (double) a / b;
        assertEquals(formatted(v), ParagraphClassifier.twoDecimals(v), a + "/" + b);
      }
    }
  }

  @Test
  void agreesWithTheFormatterOnTinyHugeAndNegativeValues() {
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < 50_000; k++) {
      double v = (r.nextDouble() - 0.1) * Math.pow(10, r.nextInt(14) - 6);
      assertEquals(formatted(v), ParagraphClassifier.twoDecimals(v), Double.toString(v));
    }
  }
}
