package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;
import org.winnow.text.TextKey;

class ShinglerTest {
  private final Shingler shingler = new Shingler(Settings.defaults());

  private static final List<String> FLOODS =
      List.of("Floods hit the north of the country.", "Dozens of families fled.");

  @Test
  void pinsShingleHashesSoThatAChangedSeedCannotStaleStoredSignatures() {
    ShingledText t = shingler.shingle(FLOODS);
    assertThat(t.hash(0)).isEqualTo(471860161220531919L);
    assertThat(t.hash(1)).isEqualTo(-2398851096498321238L);
    assertThat(t.hash(2)).isEqualTo(-6243870977786439142L);
    assertThat(t.exactKey()).isEqualTo(-7920197356369264731L);
  }

  @Test
  void shinglesOneStreamAcrossParagraphBreaks() {
    ShingledText t = shingler.shingle(FLOODS);
    // 11 words, 4-grams: 8 shingles; the 5th starts in paragraph 0 and ends in paragraph 1
    assertThat(t.size()).isEqualTo(8);
    assertThat(t.paragraphOf(4)).isEqualTo(0);
    assertThat(t.paragraphOf(7)).isEqualTo(1);
  }

  @Test
  void givesTheSameShinglesWhenParagraphsAreMergedOrSplit() {
    ShingledText split = shingler.shingle(FLOODS);
    ShingledText merged = shingler.shingle(List.of(String.join(" ", FLOODS)));
    assertThat(merged.set()).isEqualTo(split.set());
    assertThat(merged.exactKey()).isEqualTo(split.exactKey());
  }

  @Test
  void ignoresCaseDigitsAndPunctuation() {
    ShingledText a = shingler.shingle(List.of("Floods hit 12 towns, officials said!"));
    ShingledText b = shingler.shingle(List.of("FLOODS hit 7 towns officials said."));
    assertThat(a.set()).isEqualTo(b.set());
  }

  @Test
  void tokenisesChineseAndJapaneseByCharacter() {
    ShingledText t = shingler.shingle(List.of("東京都で地震が発生した"));
    // 11 characters, character 4-grams
    assertThat(t.size()).isEqualTo(8);
  }

  @Test
  void givesATextShorterThanOneShingleASingleShingle() {
    assertThat(shingler.shingle(List.of("Breaking news")).size()).isEqualTo(1);
    assertThat(shingler.shingle(List.of("", "  ")).size()).isZero();
    assertThat(shingler.shingle(List.of("")).exactKey()).isZero();
  }

  @Test
  void honoursTheShingleSizeSetting() {
    Shingler pairs = new Shingler(Settings.of(Map.of("dedup.shingle_size", "2")));
    assertThat(pairs.shingle(FLOODS).size()).isEqualTo(10);
  }

  @Test
  void dropsTheShinglesAGuardRejects() {
    ShingledText t = shingler.shingle(FLOODS);
    long first = t.hash(0);
    ShingledText kept = t.without(h -> h == first);
    assertThat(kept.size()).isEqualTo(7);
    assertThat(kept.paragraphOf(0)).isZero();
    assertThat(kept.exactKey()).isEqualTo(t.exactKey());
  }

  @Test
  void fillsEachParagraphsTextKeyFromTheSameNormalisation() {
    List<String> paragraphs = List.of("Floods hit the north.", "", "  ", "Dozens fled, 12 hurt!");
    long[] keys = new long[paragraphs.size()];
    ShingledText t = shingler.shingle(paragraphs, keys);
    for (int p = 0; p < keys.length; p++) {
      assertThat(keys[p]).as("paragraph %d", p).isEqualTo(TextKey.of(paragraphs.get(p)));
    }
    assertThat(t.set()).isEqualTo(shingler.shingle(paragraphs).set());
  }

  @Test
  void noScriptWrittenWithoutSpacesHasACodePointBeforeThai() {
    for (int cp = 0; cp < Shingler.FIRST_UNSPACED; cp++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      assertThat(
              List.of(
                  Character.UnicodeScript.HAN,
                  Character.UnicodeScript.HIRAGANA,
                  Character.UnicodeScript.KATAKANA,
                  Character.UnicodeScript.THAI,
                  Character.UnicodeScript.LAO,
                  Character.UnicodeScript.KHMER,
                  Character.UnicodeScript.MYANMAR))
          .as("U+%04X", cp)
          .doesNotContain(s);
    }
    assertThat(Shingler.unspaced(0x0E01)).isTrue(); // Thai ko kai
  }

  @Test
  void keepsTheFiguresThatTheHashesFoldBesideThem() {
    ShingledText five = shingler.shingle(List.of("A poll of 5 people found support fell."));
    ShingledText seven = shingler.shingle(List.of("A poll of 7 people found support fell."));
    // "poll of 0 people": the same shingle, about other numbers
    assertThat(five.hash(1)).isEqualTo(seven.hash(1));
    assertThat(five.figures(1)).isNotZero().isNotEqualTo(seven.figures(1));
    assertThat(five.figures(4)).isZero();
  }
}
