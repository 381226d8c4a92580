package org.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagAttributesTest {
  /** The attributes of {@code s}, given as name and value positions in pairs. */
  private static TagAttributes read(String s, int... bounds) {
    TagAttributes a = new TagAttributes();
    for (int i = 0; i < bounds.length; i += 4) {
      a.add(s, bounds[i], bounds[i + 1], bounds[i + 2], bounds[i + 3]);
    }
    return a;
  }

  @Test
  void findsANameWhateverItsCase() {
    String s = "CLASS=story ID=top";
    TagAttributes a = read(s, 0, 5, 6, 11, 12, 14, 15, 18);
    assertThat(a.get("class")).isEqualTo("story");
    assertThat(a.get("id")).isEqualTo("top");
  }

  @Test
  void findsANameInAPageHeldAsUtf16() {
    String s = "Class=\u201cstory\u201d";
    TagAttributes a = read(s, 0, 5, 6, 13);
    assertThat(a.has("class")).isTrue();
    assertThat(a.has("style")).isFalse();
  }

  @Test
  void tellsApartNamesOfTheSameLengthAndFirstLetter() {
    String s = "rev=a";
    TagAttributes a = read(s, 0, 3, 4, 5);
    assertThat(a.has("rev")).isTrue();
    assertThat(a.has("rel")).isFalse();
    assertThat(a.has("re")).isFalse();
  }

  @Test
  void matchesCharactersBeyondAsciiAsStringRegionMatchesDoes() {
    // a Kelvin sign lower-cases to k, a dotless i upper-cases to I
    String s = "\u212Aind=x l\u0131nk=y";
    TagAttributes a = read(s, 0, 4, 5, 6, 7, 11, 12, 13);
    assertThat(a.get("kind")).isEqualTo("x");
    assertThat(a.get("link")).isEqualTo("y");
    assertThat(a.has("kine")).isFalse();
  }

  @Test
  void keepsTheFirstOfTwoNamesThatDifferOnlyInCase() {
    String s = "id=a ID=b";
    TagAttributes a = read(s, 0, 2, 3, 4, 5, 7, 8, 9);
    assertThat(a.get("id")).isEqualTo("a");
    assertThat(a.copy().get("id")).isEqualTo("a");
  }
}
