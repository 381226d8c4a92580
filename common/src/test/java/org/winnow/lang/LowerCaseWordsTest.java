package org.winnow.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
  private final LowerCaseWords words =
      new LowerCaseWords(Map.of("und", 2L, "für", 4L, "i\u0307x", 8L, "οδος", 16L, "οδοσ", 32L));

  @Test
  void findsASliceOfTextWhateverItsCase() {
    assertEquals(2L, words.get("Hund UND Katze", 5, 8));
    assertEquals(4L, words.get("FÜR", 0, 3));
  }

  @Test
  void answersZeroForAWordItDoesNotHold() {
    assertEquals(0L, words.get("Hund UND Katze", 0, 4));
    assertEquals(0L, words.get("undo", 0, 4));
  }

  @Test
  void lowerCasesTheDottedCapitalIAndTheFinalSigmaAsStringsDo() {
    assertEquals(8L, words.get("\u0130X", 0, 2));
    assertEquals(16L, words.get("ΟΔΟΣ", 0, 4), "a final sigma lower-cases to ς, not σ");
  }

  @Test
  void agreesWithStringLowerCasingOnEveryBmpCharacter() {
    for (int c = 0; c < 0x10000; c++) {
      String s = String.valueOf((char) c);
      String lower = s.toLowerCase(Locale.ROOT);
      LowerCaseWords one = new LowerCaseWords(Map.of(lower, 1L));
      assertEquals(1L, one.get(s, 0, 1), "U+" + Integer.toHexString(c));
    }
  }
}
