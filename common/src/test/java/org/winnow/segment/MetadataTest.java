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

  @Test
  void cutsTheDateOrTimeAfterAnAuthorsName() {
    assertThat(Metadata.cleanAuthor("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013"))
        .isEqualTo("Cory Doctorow");
    assertThat(Metadata.cleanAuthor("Emily Burack 8 January 2020, 3:51 pm 11 Edit"))
        .isEqualTo("Emily Burack");
    assertThat(Metadata.cleanAuthor("By Jane Doe, Jan. 5, 2020")).isEqualTo("Jane Doe");
    assertThat(Metadata.cleanAuthor("MORITZ GATHMANN am 21. April 2020"))
        .isEqualTo("MORITZ GATHMANN");
  }

  @Test
  void takesTheNameAfterTheWordThatIntroducesIt() {
    assertThat(Metadata.cleanAuthor("Posted on September 21, 2020 by Adi Tzlil"))
        .isEqualTo("Adi Tzlil");
    assertThat(Metadata.cleanAuthor("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet"))
        .isEqualTo("Fritz Imhof");
    assertThat(Metadata.cleanAuthor("Veröffentlicht am 8. Februar 2022 von PETA-Team"))
        .isEqualTo("PETA-Team");
  }

  @Test
  void keepsTheParticleOfANobleName() {
    assertThat(Metadata.cleanAuthor("Christoph von Eichhorn")).isEqualTo("Christoph von Eichhorn");
    assertThat(Metadata.cleanAuthor("Marcus Bensmann, Justus von Daniels, Ulrich Stoll"))
        .isEqualTo("Marcus Bensmann, Justus von Daniels, Ulrich Stoll");
  }

  @Test
  void decodesEntitiesInAnAuthorsName() {
    assertThat(Metadata.cleanAuthor("Lindsey O&#039;Donnell")).isEqualTo("Lindsey O'Donnell");
  }

  @Test
  void takesATemplatesPlaceholderOrALinkForNoAuthor() {
    assertThat(Metadata.cleanAuthor("By")).isNull();
    assertThat(Metadata.cleanAuthor("Name")).isNull();
    assertThat(Metadata.cleanAuthor("https://www.facebook.com/someone")).isNull();
  }

  @Test
  void leavesANameWithAMonthInItAlone() {
    assertThat(Metadata.cleanAuthor("Jan May")).isEqualTo("Jan May");
    assertThat(Metadata.cleanAuthor("Perry Bacon Jr.")).isEqualTo("Perry Bacon Jr.");
  }

  @Test
  void fallsBackToTheNextAuthorFieldWhenOneIsAPlaceholder() {
    String html =
        "<html><head><meta name='author' content='By'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"author\":{\"name\":\"Julie Mollins\"}}</script></head><body><p>Text.</p>"
            + "</body></html>";
    org.winnow.model.Page p =
        new PageParser(org.winnow.settings.Settings.defaults())
            .parse(
                org.winnow.model.SourceRecord.html(
                    "file:/a",
                    "https://a.com/1",
                    html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    null,
                    null));
    assertThat(p.author()).isEqualTo("Julie Mollins");
  }
}
