package org.winnow.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextKeyTest {

  @Test
  void countsTheWordsOfANormalizedText() {
    assertEquals(3, TextKey.words(TextKey.normalize("  The council — approves!  ")));
    assertEquals(0, TextKey.words(""));
  }

  @Test
  void normalisesCaseDigitsAndPunctuation() {
    assertEquals(
        "putin meets kim praises 0 troops",
        TextKey.normalize("  Putin meets Kim, praises 2 troops!"));
  }

  @Test
  void foldsCompatibilityFormsAsNfkcDoes() {
    assertEquals("fi 0 a", TextKey.normalize("\uFB01 \uFF11\uFF12 \uFF21"));
  }

  @Test
  void lowerCasesAFinalSigmaByItsPosition() {
    assertEquals("οδος", TextKey.normalize("ΟΔΟΣ"));
  }

  @Test
  void composesACombiningAccentWithItsLetter() {
    assertEquals("café", TextKey.normalize("Cafe\u0301"));
  }

  @Test
  void pinsTheKeyOfAText() {
    // stored dedup sketches and corpus counts hold these keys: a changed hash would stale them
    assertEquals(TextKey.of("Putin meets Kim"), TextKey.of("putin: MEETS kim!"));
    assertEquals(0L, TextKey.of(" -- !! "));
    assertNotEquals(0L, TextKey.of("a"));
    assertEquals(-1175999003347060786L, TextKey.of("Putin meets Kim"));
  }

  @Test
  void keysNormalisedTextAsItKeysTheTextItCameFrom() {
    for (String t : new String[] {"Putin meets Kim", " -- !! ", "Café, 12 Rue X", "东京 news"}) {
      assertEquals(TextKey.of(t), TextKey.ofNormalized(TextKey.normalize(t)), t);
    }
  }

  @Test
  void theCharacterShortcutAgreesWithTheDefinitionOnEveryBmpCharacter() {
    for (int c = 0; c < 0x10000; c++) {
      String s = "a" + (char) c + "B" + (char) c + (char) c + "1";
      assertEquals(TextKey.normalizeFully(s), TextKey.normalize(s), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void theCharacterShortcutAgreesWithTheDefinitionOnMixedScripts() {
    String alphabet =
        "aZéÄßİıΣσςΑΩДжЖ中文かカ한글\u1100\u1161\u11a8가ا ب١٢ 0123 \u00a0\u2009,.;:!?-–—…'\"«»“”"
            + "\u0301\u0308\u20dd\u00a8\u00b4\u00bd\u00b2\u2460ﬁＡ１\u212a\u2126\ud83d\ude00\ud800";
    SplittableRandom r = new SplittableRandom(7);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(12);
      for (int j = 0; j < len; j++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      String s = sb.toString();
      assertEquals(TextKey.normalizeFully(s), TextKey.normalize(s), s);
    }
  }
}
