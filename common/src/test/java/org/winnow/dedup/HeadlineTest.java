package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {
  private static Headline.Keys keys(String title) {
    return Headline.of(title, 4);
  }

  @Test
  void aTitleIsKeyedByItsNormalisedWords() {
    assertThat(keys("Council approves new budget").full()).isEqualTo(0x8ad2c55f406fd21dL);
    assertThat(keys("COUNCIL approves  new budget!").full())
        .isEqualTo(keys("Council approves new budget").full());
  }

  @Test
  void aTitleUnderAnUpdateLabelIsTheSameHeadline() {
    Headline.Keys plain = keys("The council approves the new budget");
    Headline.Keys labelled = keys("UPDATE 2: The council approves the new budget");
    assertThat(labelled.sameHeadline(plain)).isTrue();
    assertThat(plain.sameHeadline(labelled)).isTrue();
    assertThat(
            keys("MISE À JOUR : Le conseil a présenté un plan")
                .sameHeadline(keys("Le conseil a présenté un plan")))
        .isTrue();
  }

  @Test
  void titlesEqualOnlyWithoutTheirLabelsAreNotTheSameHeadline() {
    // the label is the person the generic rest is about
    assertThat(
            keys("Carrasco: la decisión llega tarde ya")
                .sameHeadline(keys("Santana: la decisión llega tarde ya")))
        .isFalse();
  }

  @Test
  void aLongLabelBeforeAColonIsPartOfTheHeadline() {
    Headline.Keys k = keys("The pressure on rural hospitals: the services announced restrictions");
    assertThat(k.unlabelled()).isZero();
    assertThat(Headline.candidateKeys(k)).containsExactly(k.full());
  }

  @Test
  void aTitleOfFewerWordsThanTheMinimumHasNoKeys() {
    assertThat(keys("Live updates").present()).isFalse();
    assertThat(keys(null).present()).isFalse();
    assertThat(Headline.candidateKeys(keys("Photos"))).isEmpty();
    assertThat(keys("Live updates").sameHeadline(keys("Live updates"))).isFalse();
  }

  @Test
  void aLabelledTitleHasTwoCandidateKeys() {
    Headline.Keys k = keys("EXCLUSIVE: The council approves the new budget");
    assertThat(Headline.candidateKeys(k)).containsExactlyInAnyOrder(k.full(), k.unlabelled());
  }

  @Test
  void aDatelineIsThePlaceBeforeTheDash() {
    long d = Headline.dateline("SILVERLAKE — The council approved the budget on Monday.");
    assertThat(d).isNotZero();
    assertThat(Headline.dateline("SILVERLAKE — Facing protests, the mayor resigned.")).isEqualTo(d);
    assertThat(Headline.dateline("RIVERSIDE — The council approved the budget on Monday."))
        .isNotEqualTo(d);
  }

  @Test
  void aDatelineWithAnAgencyCreditOrADateIsThePlaceAlone() {
    long d = Headline.dateline("WASHINGTON — The Senate voted.");
    assertThat(Headline.dateline("WASHINGTON (AP) — The Senate voted.")).isEqualTo(d);
    assertThat(Headline.dateline("WASHINGTON, March 3 (Reuters) - The Senate voted.")).isEqualTo(d);
  }

  @Test
  void aHyphenatedPlaceOfManyWordsIsOneDateline() {
    long d = Headline.dateline("SAINTE-CLAIRE — Le conseil a présenté un plan.");
    assertThat(d).isNotEqualTo(Headline.dateline("SAINTE — Le conseil a présenté un plan."));
    assertThat(Headline.dateline("SAN ROQUE DEL MAR — El servicio forestal prorrogó.")).isNotZero();
  }

  @Test
  void aParagraphNotOpeningWithCapitalsAndADashHasNoDateline() {
    assertThat(Headline.dateline("The plan — approved on Monday — costs more.")).isZero();
    assertThat(Headline.dateline("NEW RULES FOR TENANTS")).isZero();
    assertThat(Headline.dateline("AP — ok")).isZero();
    assertThat(Headline.dateline(null)).isZero();
  }

  @Test
  void aPhraseKeyIsAHeadlinePhraseItsLeadHoldsMixedWithItsDateline() {
    long[] keys = Headline.phraseKeys(new long[] {1, 2, 3}, new long[] {2, 3, 4}, 77);
    assertThat(keys).containsExactly(0x5851f42d4c957fb4L, 0x5851f42d4c957fb5L);
  }

  @Test
  void aDocumentWithoutADatelineHasNoPhraseKeys() {
    assertThat(Headline.phraseKeys(new long[] {1, 2, 3}, new long[] {2, 3, 4}, 0)).isEmpty();
  }
}
