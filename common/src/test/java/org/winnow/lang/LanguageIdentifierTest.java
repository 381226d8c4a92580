package org.winnow.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  @Test
  void tellsEuropeanLanguagesApartByStopwords() {
    assertThat(LanguageIdentifier.identify("The dog and the cat are in the house with them"))
        .isEqualTo("en");
    assertThat(LanguageIdentifier.identify("Der Hund und die Katze sind nicht im Haus"))
        .isEqualTo("de");
    assertThat(LanguageIdentifier.identify("Le chien et le chat sont dans la maison avec nous"))
        .isEqualTo("fr");
    assertThat(LanguageIdentifier.identify("El perro y el gato están en la casa con ellos"))
        .isEqualTo("es");
    assertThat(LanguageIdentifier.identify("Собака и кошка были в доме, но он не знал"))
        .isEqualTo("ru");
  }

  @Test
  void tellsPolishFromCzech() {
    assertThat(
            LanguageIdentifier.identify(
                "Stopa bezrobocia w Polsce wyniosła w marcu 3,1 proc. i nadal jest najniższa w"
                    + " całej Unii, jak podał we wtorek Eurostat, który także to potwierdził"))
        .isEqualTo("pl");
    assertThat(
            LanguageIdentifier.identify(
                "Nezaměstnanost v Česku byla v březnu nejnižší v celé unii, jak uvedl Eurostat,"
                    + " který to také potvrdil"))
        .isEqualTo("cs");
  }

  @Test
  void usesScriptForLanguagesWithoutStoplist() {
    assertThat(LanguageIdentifier.identify("北京时间昨天晚上发生了地震")).isEqualTo("zh");
    assertThat(LanguageIdentifier.identify("東京都の天気は晴れです")).isEqualTo("ja");
    assertThat(LanguageIdentifier.identify("오늘 서울의 날씨는 맑습니다")).isEqualTo("ko");
  }

  @Test
  void saysUndeterminedWithoutEvidence() {
    assertThat(LanguageIdentifier.identify("12:30")).isEqualTo("und");
    assertThat(LanguageIdentifier.identify("Xylophone Quartz")).isEqualTo("und");
  }
}
