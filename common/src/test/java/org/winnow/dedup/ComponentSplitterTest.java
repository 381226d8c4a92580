package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class ComponentSplitterTest {
  private final ComponentSplitter splitter =
      new ComponentSplitter(
          new PairVerifier(Settings.defaults()), new CanonicalPolicy(Settings.defaults()));

  /** {@code n} consecutive hashes from {@code from}: a run of text. */
  private static long[] range(long from, int n) {
    long[] s = new long[n];
    for (int i = 0; i < n; i++) s[i] = from + i;
    return s;
  }

  private static long[] union(long[]... parts) {
    int n = 0;
    for (long[] p : parts) n += p.length;
    long[] u = new long[n];
    int at = 0;
    for (long[] p : parts) {
      System.arraycopy(p, 0, u, at, p.length);
      at += p.length;
    }
    return ShingleSets.of(u);
  }

  private static ComponentSplitter.Member member(String id, String host, long[] set) {
    return member(id, host, set, Instant.parse("2025-01-06T10:00:00Z"));
  }

  private static ComponentSplitter.Member member(
      String id, String host, long[] set, Instant publishedAt) {
    return new ComponentSplitter.Member(
        new CanonicalCandidate(
            id, "https://" + host + "/" + id, host, null, publishedAt, set.length, 1),
        new CopyEvidence(
            host,
            null,
            set,
            set,
            Arrays.copyOf(set, Math.min(set.length, 24)),
            Arrays.copyOf(set, Math.min(set.length, 24))));
  }

  // full: 0..399; brief: its first 60; quoting: 60 of full's later text and 400 of its own
  private final ComponentSplitter.Member full = member("full", "a.example.com", range(0, 400));
  private final ComponentSplitter.Member brief = member("brief", "b.example.com", range(0, 60));
  private final ComponentSplitter.Member quoting =
      member("quoting", "c.example.com", union(range(200, 60), range(10_000, 400)));

  @Test
  void keepsABriefWithTheStoryItWasCutFrom() {
    Map<String, ComponentSplitter.Placement> p = splitter.split(List.of(full, brief));
    assertThat(p.get("brief").canonical().docId()).isEqualTo("full");
    assertThat(p.get("brief").main()).isTrue();
  }

  @Test
  void makesAStoryThatOnlyQuotesAnotherAStoryOfItsOwn() {
    Map<String, ComponentSplitter.Placement> p = splitter.split(List.of(full, brief, quoting));
    assertThat(p.get("quoting").canonical().docId()).isEqualTo("quoting");
    assertThat(p.get("full").canonical().docId()).isEqualTo("full");
  }

  @Test
  void joinsABriefInTwoStoriesToTheOneNearestItsLength() {
    ComponentSplitter.Member longQuoting =
        member("quoting", "c.example.com", union(range(0, 60), range(10_000, 900)));
    Map<String, ComponentSplitter.Placement> p = splitter.split(List.of(longQuoting, full, brief));
    assertThat(p.get("brief").pivot()).isEqualTo("full");
    assertThat(p.get("quoting").pivot()).isEqualTo("quoting");
  }

  @Test
  void regroupsMembersTheFirstStoryRejectsAmongThemselves() {
    ComponentSplitter.Member other = member("other", "d.example.com", range(50_000, 300));
    ComponentSplitter.Member otherTrim = member("otherTrim", "e.example.com", range(50_000, 120));
    Map<String, ComponentSplitter.Placement> p =
        splitter.split(List.of(full, brief, other, otherTrim));
    assertThat(p.get("otherTrim").canonical().docId()).isEqualTo("other");
    assertThat(p.get("otherTrim").main()).isFalse();
  }

  @Test
  void joinsACopyThatMissesThePivotButMatchesHalfTheStorysCopies() {
    ComponentSplitter.Member wire = member("wire", "w.example.com", range(0, 400));
    ComponentSplitter.Member longTrim = member("longTrim", "l.example.com", range(0, 350));
    ComponentSplitter.Member third = member("third", "t.example.com", range(0, 100));
    ComponentSplitter.Member thirdAgain = member("thirdAgain", "u.example.com", range(0, 100));
    // its lead rewritten: too little of it left next to the long texts, enough next to the short
    ComponentSplitter.Member edited =
        member("edited", "e.example.com", union(range(20, 80), range(8_000, 40)));
    Map<String, ComponentSplitter.Placement> p =
        splitter.split(List.of(wire, longTrim, third, thirdAgain, edited));
    assertThat(p.get("edited").pivot()).isEqualTo("wire");
    assertThat(p.get("edited").main()).isTrue();
  }

  @Test
  void keepsAStoryQuotingAnotherApartFromItsCopiesHoweverMany() {
    List<ComponentSplitter.Member> members = new ArrayList<>(List.of(full, quoting));
    for (int i = 0; i < 4; i++) {
      members.add(member("copy" + i, "c" + i + ".example.com", range(0, 300 + i)));
    }
    Map<String, ComponentSplitter.Placement> p = splitter.split(members);
    assertThat(p.get("quoting").canonical().docId()).isEqualTo("quoting");
    assertThat(p.get("copy0").canonical().docId()).isEqualTo("full");
  }

  @Test
  void takesThePivotFromTheCopyMostCopiesMatchNotFromTheEarliest() {
    // two edited copies that each match the wire text but not each other, the earliest first
    ComponentSplitter.Member wire =
        member("wire", "w.example.com", range(0, 400), Instant.parse("2025-01-06T11:00:00Z"));
    ComponentSplitter.Member rewritten =
        member(
            "rewritten",
            "r.example.com",
            union(range(100, 300), range(7_000, 100)),
            Instant.parse("2025-01-06T09:00:00Z"));
    ComponentSplitter.Member trimmed =
        member(
            "trimmed",
            "t.example.com",
            union(range(0, 300), range(8_000, 100)),
            Instant.parse("2025-01-06T10:00:00Z"));
    Map<String, ComponentSplitter.Placement> p = splitter.split(List.of(wire, rewritten, trimmed));
    assertThat(p.values()).extracting(ComponentSplitter.Placement::pivot).containsOnly("wire");
    assertThat(p.get("trimmed").canonical().docId()).isEqualTo("rewritten");
  }

  @Test
  void keepsApartAMemberThatMatchesThePivotButHardlyAnyOfItsCopies() {
    ComponentSplitter.Member wire = member("wire", "w.example.com", range(0, 400));
    List<ComponentSplitter.Member> members = new ArrayList<>(List.of(wire));
    for (int i = 0; i < 4; i++) {
      // four trims keeping the lead and a different stretch of the body each
      members.add(
          member(
              "trim" + i, "t" + i + ".example.com", union(range(0, 24), range(100 + 50 * i, 50))));
    }
    ComponentSplitter.Member stray =
        member("stray", "s.example.com", union(range(0, 24), range(380, 20), range(9_000, 10)));
    members.add(stray);
    Map<String, ComponentSplitter.Placement> p = splitter.split(members);
    assertThat(p.get("trim3").pivot()).isEqualTo("wire");
    assertThat(p.get("stray").pivot()).isEqualTo("stray");
  }

  /**
   * The wire text (0..399), three full copies and a half under a new lead (5_000..5_039, then
   * 40..199).
   */
  private List<ComponentSplitter.Member> storyWithARewrittenHalf() {
    List<ComponentSplitter.Member> members = new ArrayList<>();
    members.add(member("wire", "w.example.com", range(0, 400)));
    for (int i = 0; i < 3; i++) {
      members.add(member("copy" + i, "c" + i + ".example.com", range(0, 400 - i)));
    }
    members.add(member("half", "h.example.com", union(range(5_000, 40), range(40, 160))));
    return members;
  }

  @Test
  void joinsALoneCopyToTheStoryOfTheOneLongerEditedCopyItMatches() {
    List<ComponentSplitter.Member> members = storyWithARewrittenHalf();
    // a third under a new lead that came out like the half's: too little of it in the wire text
    members.add(member("third", "t.example.com", union(range(5_000, 40), range(40, 60))));
    Map<String, ComponentSplitter.Placement> p = splitter.split(members);
    assertThat(p.get("half").pivot()).isEqualTo(p.get("wire").pivot());
    assertThat(p.get("third").pivot()).isEqualTo(p.get("wire").pivot());
  }

  @Test
  void keepsApartALoneMemberLongerThanTheEditedCopyItMatches() {
    List<ComponentSplitter.Member> members = storyWithARewrittenHalf();
    // a long story of its own around the whole of the half
    members.add(
        member(
            "quoting",
            "q.example.com",
            union(range(5_000, 40), range(40, 160), range(20_000, 300))));
    Map<String, ComponentSplitter.Placement> p = splitter.split(members);
    assertThat(p.get("half").pivot()).isEqualTo(p.get("wire").pivot());
    assertThat(p.get("quoting").pivot()).isEqualTo("quoting");
  }

  @Test
  void joinsANearIdenticalCopyOfThePivotThatMatchesHardlyAnyOfItsOtherCopies() {
    ComponentSplitter.Member wire = member("wire", "w.example.com", range(0, 400));
    List<ComponentSplitter.Member> members = new ArrayList<>(List.of(wire));
    for (int i = 0; i < 4; i++) {
      members.add(member("trim" + i, "t" + i + ".example.com", range(0, 120)));
    }
    // the wire text with a new lead of its own: the trims, which are the old lead and little
    // more, find too little of themselves in it, the wire almost all of it
    ComponentSplitter.Member rewritten =
        member("rewritten", "r.example.com", union(range(9_000, 30), range(60, 340)));
    members.add(rewritten);
    Map<String, ComponentSplitter.Placement> p = splitter.split(members);
    assertThat(p.get("trim0").pivot()).isEqualTo("wire");
    assertThat(p.get("rewritten").pivot()).isEqualTo("wire");
  }

  @Test
  void dividesAComponentTooLargeToRankAgainstItsPivotsInThePolicysOrder() {
    List<ComponentSplitter.Member> members = new ArrayList<>(List.of(brief));
    for (int i = 0; i < ComponentSplitter.MAX_RANKED; i++) {
      members.add(member("a" + i, "a" + i + ".example.com", range(0, 400 - i % 10)));
      members.add(
          member("b" + i, "b" + i + ".example.com", union(range(0, 60), range(10_000, 900 - i))));
    }
    Map<String, ComponentSplitter.Placement> p = splitter.split(members);
    assertThat(p.get("a7").pivot()).isNotEqualTo(p.get("b7").pivot());
    assertThat(p.get("a9").pivot()).isEqualTo(p.get("a0").pivot());
    assertThat(p.get("brief").pivot()).isEqualTo(p.get("a0").pivot());
  }

  @Test
  void placesEveryMemberTheSameWayWhateverTheirOrder() {
    List<ComponentSplitter.Member> members = new ArrayList<>(List.of(full, brief, quoting));
    Map<String, ComponentSplitter.Placement> first = splitter.split(members);
    Collections.reverse(members);
    assertThat(splitter.split(members)).isEqualTo(first);
  }

  @Test
  void placesEveryMemberAsWithoutThePairsVerificationAcceptedWhenGivenThem() {
    List<ComponentSplitter.Member> members = List.of(full, brief, quoting);
    Map<String, ComponentSplitter.Placement> p =
        splitter.split(members, (a, b) -> Set.of(a, b).equals(Set.of(0, 1)));
    assertThat(p).isEqualTo(splitter.split(members));
  }

  @Test
  void takesAPairOfDifferentLengthsThatVerificationAcceptedOnItsWord() {
    // the quoting story does not verify against the brief; told it did, the splitter believes it
    Map<String, ComponentSplitter.Placement> p =
        splitter.split(List.of(brief, quoting), (a, b) -> Set.of(a, b).equals(Set.of(0, 1)));
    assertThat(p.get("brief").pivot()).isEqualTo(p.get("quoting").pivot());
  }

  @Test
  void verifiesAPairOfOneLengthAgainWhateverVerificationSaid() {
    ComponentSplitter.Member other = member("other", "d.example.com", range(50_000, 60));
    Map<String, ComponentSplitter.Placement> p =
        splitter.split(List.of(brief, other), (a, b) -> true);
    assertThat(p.get("brief").pivot()).isNotEqualTo(p.get("other").pivot());
  }
}
