package org.winnow.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopwordsTest {
  @Test
  void loadsLuceneListsByIsoCode() {
    assertThat(Stopwords.of("de")).contains("und", "der");
    assertThat(Stopwords.of("en")).contains("the", "which");
    assertThat(Stopwords.of("cs")).contains("jsem");
    assertThat(Stopwords.of("ru")).contains("и");
  }

  @Test
  void hasNoListForUnspacedLanguages() {
    assertThat(Stopwords.of("zh")).isEmpty();
    assertThat(Stopwords.of("und")).isEmpty();
  }

  @Test
  void coversTheMainNewsLanguages() {
    assertThat(Stopwords.languages())
        .contains("en", "de", "fr", "es", "it", "pt", "nl", "ru", "ar", "tr", "sv", "pl");
  }
}
