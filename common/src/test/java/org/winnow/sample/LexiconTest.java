package org.winnow.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LexiconTest {
  private static final List<String> SECTIONS =
      List.of(
          "lead",
          "body",
          "quote_sentence",
          "close",
          "subhead",
          "headline",
          "headline_update",
          "quoting_intro",
          "roles",
          "nav",
          "share",
          "related_heading",
          "byline",
          "dateline",
          "caption",
          "cookie",
          "newsletter",
          "about",
          "legal",
          "copyright",
          "ad",
          "spam",
          "read_more",
          "outlet_prefix",
          "outlet_suffix");

  private static Map<String, String> bindings() {
    Map<String, String> b = new HashMap<>();
    for (String key :
        List.of(
            "P1",
            "P2",
            "P3",
            "L1",
            "L2",
            "L3",
            "ROLE1",
            "ROLE2",
            "ROLE3",
            "ORG1",
            "ORG2",
            "CITY",
            "COUNTRY",
            "DATELINE",
            "AGENCY",
            "OUTLET",
            "P",
            "Q",
            "mm")) {
      b.put(key, "<" + key + ">");
    }
    return b;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void fillsEverySlotOfEveryTemplateUnderEveryTopic(Language language) {
    Lexicon lexicon = Lexicon.of(language);
    Rng rng = Rng.of(1);
    for (String topic : lexicon.section("topics")) {
      for (String section : SECTIONS) {
        for (String template : lexicon.section(section)) {
          String text = lexicon.expand(template, bindings(), topic, rng);
          assertThat(text).doesNotContain("{").doesNotContain("}");
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void hasAHandWrittenVocabularyOfSizeableSections(Language language) {
    Lexicon lexicon = Lexicon.of(language);
    assertThat(lexicon.section("body")).hasSizeGreaterThanOrEqualTo(30);
    assertThat(lexicon.section("first_names")).hasSizeGreaterThanOrEqualTo(25);
    assertThat(lexicon.section("last_names")).hasSizeGreaterThanOrEqualTo(24);
    for (String topic : lexicon.section("topics")) {
      assertThat(lexicon.section(topic + ".thing")).hasSizeGreaterThanOrEqualTo(12);
    }
  }

  @Test
  void capitalisesASlotWrittenWithACapital() {
    Lexicon lexicon = Lexicon.of(Language.EN);
    String text = lexicon.expand("{Actor_generic}", Map.of(), null, Rng.of(3));
    assertThat(Character.isUpperCase(text.charAt(0))).isTrue();
  }

  @Test
  void failsOnASlotNoSectionFills() {
    assertThatThrownBy(
            () -> Lexicon.of(Language.DE).expand("{nonsense}", Map.of(), null, Rng.of(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("{nonsense}");
  }

  @Test
  void contractsFrenchAndSpanishArticlesAfterFilling() {
    assertThat(Language.FR.contract("la colère de le syndicat face à les élus"))
        .isEqualTo("la colère du syndicat face aux élus");
    assertThat(Language.ES.contract("la sede de el sindicato")).isEqualTo("la sede del sindicato");
  }

  @Test
  void writesNumbersTheWayEachPressDoes() {
    assertThat(Language.EN.grouped(12500)).isEqualTo("12,500");
    assertThat(Language.DE.grouped(1234567)).isEqualTo("1.234.567");
    assertThat(Language.DE.percent(42)).isEqualTo("4,2 Prozent");
    assertThat(Language.EN.millions(34)).isEqualTo("$3.4 million");
  }
}
