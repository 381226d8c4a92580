package org.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagNamesTest {
  @Test
  void namesAnUpperCaseTagByTheSameConstantAsTheLowerCaseLiteral() {
    assertThat(TagNames.lookup("<DIV class=x>", 1, 4)).isSameAs("div");
    assertThat(TagNames.lookup("<BlockQuote>", 1, 11)).isSameAs("blockquote");
  }

  @Test
  void leavesNamesThatAreNoHtmlElementToTheCaller() {
    assertThat(TagNames.lookup("<my-widget>", 1, 10)).isNull();
    assertThat(TagNames.lookup("<divx>", 1, 5)).isNull();
    assertThat(TagNames.lookup("<>", 1, 1)).isNull();
  }

  @Test
  void lowerCasesOnlyAsciiCapitals() {
    // the Kelvin sign lower-cases to k in Unicode, but tag names are ASCII-case-insensitive
    assertThat(TagNames.lookup("<\u212Abd>", 1, 4)).isNull();
    assertThat(TagNames.lookup("<KBD>", 1, 4)).isSameAs("kbd");
  }
}
