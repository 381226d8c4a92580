package org.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataTest {
  @Test
  void cutsSiteNameAfterSeparator() {
    assertThat(Metadata.cleanTitle("Rain falls on Spain - The Daily Planet", null))
        .isEqualTo("Rain falls on Spain");
  }

  @Test
  void cutsSiteNameBeforeSeparator() {
    assertThat(Metadata.cleanTitle("Planet | Rain falls on all of Spain today", null))
        .isEqualTo("Rain falls on all of Spain today");
  }

  @Test
  void keepsDashesThatBelongToTheTitle() {
    assertThat(Metadata.cleanTitle("Putin - Kim summit ends without a deal on troops", null))
        .isEqualTo("Putin - Kim summit ends without a deal on troops");
  }

  @Test
  void prefersTheHeadingTheTitleContains() {
    assertThat(Metadata.cleanTitle("EuroNews : Obama waits to see", "Obama waits to see"))
        .isEqualTo("Obama waits to see");
  }

  @Test
  void normalisesLanguageTags() {
    assertThat(Metadata.normalizeLanguage("de-AT")).isEqualTo("de");
    assertThat(Metadata.normalizeLanguage("pt_BR")).isEqualTo("pt");
    assertThat(Metadata.normalizeLanguage("x")).isEqualTo("und");
  }
}
