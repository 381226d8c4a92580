package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class CanonicalPolicyTest {
  private final CanonicalPolicy policy = new CanonicalPolicy(Settings.defaults());

  private static final Instant EARLY = Instant.parse("2018-07-16T10:00:00Z");
  private static final Instant LATE = Instant.parse("2018-07-16T14:30:00Z");

  private static CanonicalCandidate copy(
      String id, String host, String byline, Instant at, int shingles) {
    return new CanonicalCandidate(id, "https://" + host + "/" + id, host, byline, at, shingles, 9);
  }

  @Test
  void prefersTheAgencysOwnCopyAndSaysSo() {
    CanonicalChoice c =
        policy.choose(
            List.of(
                copy("local", "wtop.com", "By Jane Roe", EARLY, 500),
                copy("wire", "apnews.com", "By John Doe", LATE, 300)));
    assertThat(c).isEqualTo(new CanonicalChoice("wire", "agency host apnews.com"));
  }

  @Test
  void recognisesAgencySubdomainsAndWildcardHosts() {
    assertThat(policy.agencyHost("www.reuters.com")).isEqualTo("reuters.com");
    CanonicalPolicy wildcard =
        new CanonicalPolicy(
            Settings.defaults().with(java.util.Map.of("dedup.agency_hosts", "*-example.com")));
    assertThat(wildcard.agencyHost("newswire-example.com")).isEqualTo("newswire-example.com");
    assertThat(policy.agencyHost("notreuters.com")).isNull();
  }

  @Test
  void prefersAnAgencyBylineOverAStaffCopy() {
    CanonicalChoice c =
        policy.choose(
            List.of(
                copy("staff", "wtop.com", "By Jane Roe, Staff Writer", EARLY, 500),
                copy("credited", "kansas.com", "The Associated Press", LATE, 300)));
    assertThat(c.docId()).isEqualTo("credited");
    assertThat(c.reason()).isEqualTo("agency byline 'Associated Press'");
  }

  @Test
  void matchesBylineCreditsAsWholeWordsOnly() {
    assertThat(policy.agencyByline("By Pat Apple")).isNull();
    assertThat(policy.agencyByline("By Pat Roe, AP")).isEqualTo("AP");
  }

  @Test
  void prefersTheEarliestCopyWhenNoneIsTheAgencys() {
    CanonicalChoice c =
        policy.choose(
            List.of(
                copy("late", "a.com", null, LATE, 500),
                copy("early", "b.com", null, EARLY, 300),
                copy("undated", "c.com", null, null, 900)));
    assertThat(c).isEqualTo(new CanonicalChoice("early", "earliest published 2018-07-16T10:00Z"));
  }

  @Test
  void prefersTheMostCompleteCopyWhenDatesTie() {
    CanonicalChoice c =
        policy.choose(
            List.of(
                copy("brief", "a.com", null, EARLY, 80), copy("full", "b.com", null, EARLY, 450)));
    assertThat(c.docId()).isEqualTo("full");
    assertThat(c.reason()).startsWith("most complete copy (450 shingles");
  }

  @Test
  void breaksFullTiesByAStableHash() {
    CanonicalChoice c =
        policy.choose(
            List.of(copy("x1", "a.com", null, EARLY, 80), copy("x2", "b.com", null, EARLY, 80)));
    assertThat(c.reason()).startsWith("stable hash");
    assertThat(c.docId())
        .isEqualTo(
            CanonicalPolicy.stableHash("x1") < CanonicalPolicy.stableHash("x2") ? "x1" : "x2");
  }

  @Test
  void choosesTheSameCopyWhateverTheOrderOfArrival() {
    List<CanonicalCandidate> copies = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      copies.add(
          copy("d" + i, "h" + (i % 3) + ".com", null, i % 2 == 0 ? EARLY : LATE, 100 + i % 4));
    }
    CanonicalChoice first = policy.choose(copies);
    Random random = new Random(1);
    for (int k = 0; k < 20; k++) {
      Collections.shuffle(copies, random);
      assertThat(policy.choose(copies)).isEqualTo(first);
    }
  }

  @Test
  void saysOnlyCopyForASingleton() {
    assertThat(policy.choose(List.of(copy("d", "a.com", null, null, 10))).reason())
        .isEqualTo("only copy");
  }

  @Test
  void followsAConfiguredOrder() {
    CanonicalPolicy completeFirst =
        new CanonicalPolicy(Settings.of(Map.of("dedup.canonical_order", "most_complete,earliest")));
    CanonicalChoice c =
        completeFirst.choose(
            List.of(
                copy("wire", "apnews.com", null, EARLY, 100),
                copy("full", "b.com", null, LATE, 450)));
    assertThat(c.docId()).isEqualTo("full");
  }

  @Test
  void rejectsAnUnknownCriterionWhenSettingsAreBuilt() {
    assertThatThrownBy(() -> Settings.of(Map.of("dedup.canonical_order", "agency,longest")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longest");
  }
}
