package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class PairVerifierTest {
  private final PairVerifier verifier = new PairVerifier(Settings.defaults());

  /** A set of {@code n} consecutive hashes starting at {@code from}. */
  private static long[] range(long from, int n) {
    long[] s = new long[n];
    for (int i = 0; i < n; i++) s[i] = from + i;
    return s;
  }

  private static long[] union(long[] a, long[] b) {
    long[] u = new long[a.length + b.length];
    System.arraycopy(a, 0, u, 0, a.length);
    System.arraycopy(b, 0, u, a.length, b.length);
    return ShingleSets.of(u);
  }

  @Test
  void acceptsANearIdenticalCopy() {
    assertThat(verifier.accepts(Similarity.of(range(0, 400), range(30, 400)))).isTrue();
  }

  @Test
  void acceptsATwoParagraphBriefInsideItsFullStory() {
    // 10 paragraphs of 45 shingles; the brief is the first two
    assertThat(verifier.accepts(Similarity.of(range(0, 90), range(0, 450)))).isTrue();
  }

  @Test
  void acceptsACopyTrimmedToAThirdWithARewrittenLead() {
    long[] third = union(range(10_000, 45), range(45, 105));
    assertThat(verifier.accepts(Similarity.of(third, range(0, 450)))).isTrue();
  }

  @Test
  void rejectsAStoryThatQuotesTwoParagraphsOfAnother() {
    long[] quoting = union(range(10_000, 360), range(90, 90));
    assertThat(verifier.accepts(Similarity.of(quoting, range(0, 450)))).isFalse();
  }

  @Test
  void rejectsAShortQuotingStoryWhoseOwnTextOutweighsTheQuote() {
    long[] quoting = union(range(10_000, 135), range(90, 90));
    assertThat(verifier.accepts(Similarity.of(quoting, range(0, 450)))).isFalse();
  }

  @Test
  void rejectsAFragmentTooSmallNextToTheLongerText() {
    assertThat(verifier.accepts(Similarity.of(range(0, 15), range(0, 1000)))).isFalse();
  }

  @Test
  void rejectsDocumentsWithTooFewShingles() {
    assertThat(verifier.accepts(Similarity.of(range(0, 5), range(0, 5)))).isFalse();
  }

  @Test
  void rejectsCopiesPublishedFurtherApartThanTheWindow() {
    PairVerifier week = new PairVerifier(Settings.of(Map.of("dedup.max_days_apart", "7")));
    Similarity same = Similarity.of(range(0, 100), range(0, 100));
    Instant a = Instant.parse("2018-07-01T00:00:00Z");
    assertThat(week.accepts(same, a, Instant.parse("2018-07-20T00:00:00Z"))).isFalse();
    assertThat(week.accepts(same, a, Instant.parse("2018-07-05T00:00:00Z"))).isTrue();
    assertThat(week.accepts(same, a, null)).isTrue();
  }

  @Test
  void needsASharedLeadForAContainmentMatchByDefault() {
    Similarity trimmed = Similarity.of(range(0, 100), range(20, 400));
    assertThat(verifier.accepts(trimmed, PairVerifier.Lead.SAME)).isTrue();
    assertThat(verifier.accepts(trimmed, PairVerifier.Lead.NONE)).isFalse();
  }

  @Test
  void skipsTheLeadCheckWhenItIsTurnedOff() {
    PairVerifier noLeads = new PairVerifier(Settings.of(Map.of("dedup.lead_shingles", "0")));
    Similarity trimmed = Similarity.of(range(0, 100), range(20, 400));
    assertThat(noLeads.accepts(trimmed, PairVerifier.Lead.NONE)).isTrue();
  }

  @Test
  void acceptsANearIdenticalCopyWhoseLeadWasRewritten() {
    assertThat(
            verifier.accepts(Similarity.of(range(0, 400), range(30, 400)), PairVerifier.Lead.NONE))
        .isTrue();
  }

  @Test
  void callsALeadSharedWhenMostOfItIsInTheOtherText() {
    long[] lead = range(0, 20);
    assertThat(PairVerifier.leadShared(lead, range(0, 100), range(900, 20), range(5, 400)))
        .isTrue();
    assertThat(PairVerifier.leadShared(lead, range(0, 100), range(900, 20), range(15, 400)))
        .isFalse();
  }

  private static final List<String> WIRE =
      List.of(
          "BRENTFORD — The city council approved a budget of 41 million pounds for the flood"
              + " defences on Tuesday, after a winter in which the river broke its banks three"
              + " times. Councillors voted 31 to 9 after a debate that lasted well into the night.",
          "Mayor Helen Carter said the money would pay for new embankments along the eastern"
              + " bank and for pumps at the two stations that failed in January. Work is due to"
              + " begin in the spring and to take about two years.",
          "Residents of the Riverside estate, where more than 200 homes were flooded, said the"
              + " decision came too late for many families who are still living with relatives"
              + " while their houses dry out.",
          "The opposition leader, Martin Oduya, called the plan a patch on an old wound and said"
              + " the council had ignored warnings from its own engineers since 2019.",
          "The environment agency said it would review the design of the embankments before"
              + " construction starts, and that a national grant could cover a third of the cost.",
          "Insurers have paid out about 12 million pounds in claims in the district this year,"
              + " according to figures published by the industry association last week.");

  private CopyEvidence evidence(String host, List<String> paragraphs) {
    ShingledText text = new Shingler(Settings.defaults()).shingle(paragraphs);
    return verifier.evidence(host, null, text, text);
  }

  @Test
  void acceptsATrimmedCopyOfARealStoryWhoseFirstSentenceWasRewritten() {
    List<String> copy =
        List.of(
            "Flood defences worth 41 million pounds will be built in Brentford after a winter of"
                + " floods, the council decided. Councillors voted 31 to 9 after a debate that"
                + " lasted well into the night.",
            WIRE.get(1),
            WIRE.get(2));
    assertThat(verifier.verify(evidence("a.example.com", WIRE), evidence("b.example.com", copy)))
        .isTrue();
  }

  @Test
  void rejectsAShortRealStoryMadeMostlyOfTwoParagraphsItQuotesFromAnother() {
    List<String> quoting =
        List.of(
            "DALTON — Farmers along the lower valley are counting the cost of a third flood this"
                + " year, with sowing delayed until May. Upstream, the neighbouring city has just"
                + " voted money for its own defences, the agency reported.",
            WIRE.get(1),
            WIRE.get(2));
    CopyEvidence wire = evidence("a.example.com", WIRE);
    CopyEvidence quote = evidence("c.example.com", quoting);
    // mostly inside the wire story: only its lead of its own keeps it apart
    assertThat(PairVerifier.similarity(quote, wire).containment())
        .isGreaterThan(Settings.defaults().get(DedupSettings.CONTAINMENT_THRESHOLD));
    assertThat(verifier.verify(wire, quote)).isFalse();
  }

  @Test
  void asksMoreContainmentWhenALeadIsOnlyScatteredInTheOtherText() {
    Similarity marginal = Similarity.of(range(0, 100), range(35, 400));
    assertThat(verifier.accepts(marginal, PairVerifier.Lead.SAME)).isTrue();
    assertThat(verifier.accepts(marginal, PairVerifier.Lead.SCATTERED)).isFalse();
    Similarity mostlyInside = Similarity.of(range(0, 100), range(15, 400));
    assertThat(verifier.accepts(mostlyInside, PairVerifier.Lead.SCATTERED)).isTrue();
  }

  @Test
  void callsLeadsTheSameWhenTheyShareMostOfTheShorterOne() {
    assertThat(PairVerifier.lead(range(0, 20), range(0, 100), range(10, 30), range(10, 400)))
        .isEqualTo(PairVerifier.Lead.SAME);
  }

  @Test
  void callsALeadScatteredWhenItIsInTheOtherTextButNotInItsLead() {
    long[] other = union(range(900, 300), range(0, 20));
    assertThat(PairVerifier.lead(range(0, 20), range(0, 100), range(900, 20), other))
        .isEqualTo(PairVerifier.Lead.SCATTERED);
  }

  @Test
  void rejectsAShortStoryWhoseOpeningALongStoryCarriesOnlyInItsBody() {
    List<String> other =
        List.of(
            "Councillors in the neighbouring borough met on Thursday to discuss the same river."
                + " "
                + WIRE.get(3),
            WIRE.get(4),
            "No decision is expected before the autumn.");
    CopyEvidence wire = evidence("a.example.com", WIRE);
    CopyEvidence story = evidence("c.example.com", other);
    Similarity s = PairVerifier.similarity(story, wire);
    // its lead is in the wire's body, not in the wire's lead: what a long story's stock phrases
    // look like to a short different story, so the containment that suffices for a copy does not
    assertThat(
            PairVerifier.lead(
                story.leadFor(wire), story.setFor(wire), wire.leadFor(story), wire.setFor(story)))
        .isEqualTo(PairVerifier.Lead.SCATTERED);
    assertThat(s.containment())
        .isGreaterThanOrEqualTo(Settings.defaults().get(DedupSettings.CONTAINMENT_THRESHOLD));
    assertThat(verifier.verify(wire, story)).isFalse();
  }

  /** {@code text} with every fifteenth word of five or more letters misread, as a scanner would. */
  private static String typos(String text) {
    String[] words = text.split(" ");
    int longWords = 0;
    for (int i = 0; i < words.length; i++) {
      if (words[i].length() >= 5 && ++longWords % 15 == 0) {
        words[i] = words[i].substring(0, 2) + words[i].substring(3);
      }
    }
    return String.join(" ", words);
  }

  private static final String OTHER_LEAD =
      "Homeowners on the eastern bank of the river will be protected by new walls and pumps within"
          + " two years, under a plan that was agreed late on Tuesday.";

  @Test
  void acceptsACopyOnAnotherOutletWhoseLeadWasRewrittenWholeAndWhoseWordsHaveTypos() {
    List<String> copy =
        List.of(OTHER_LEAD, typos(WIRE.get(1)), typos(WIRE.get(2)), typos(WIRE.get(3)));
    CopyEvidence wire = evidence("a.example.com", WIRE);
    CopyEvidence edited = evidence("b.example.com", copy);
    // the leads say nothing: only the order of the rest tells a copy
    assertThat(
            PairVerifier.lead(
                edited.leadFor(wire),
                edited.setFor(wire),
                wire.leadFor(edited),
                wire.setFor(edited)))
        .isEqualTo(PairVerifier.Lead.NONE);
    assertThat(PairVerifier.similarity(edited, wire).jaccard())
        .isLessThan(Settings.defaults().get(DedupSettings.JACCARD_THRESHOLD));
    assertThat(verifier.verify(wire, edited)).isTrue();
    assertThat(verifier.verify(edited, wire)).isTrue();
  }

  @Test
  void leavesAPairOnOneOutletToItsSetsHoweverItAligns() {
    List<String> copy =
        List.of(OTHER_LEAD, typos(WIRE.get(1)), typos(WIRE.get(2)), typos(WIRE.get(3)));
    // one outlet's template prose would align with itself on every page of it
    assertThat(verifier.verify(evidence("a.example.com", WIRE), evidence("a.example.com", copy)))
        .isFalse();
  }

  @Test
  void rejectsAStoryOnAnotherOutletThatQuotesTwoParagraphsInOrderAmongItsOwn() {
    List<String> quoting =
        List.of(
            OTHER_LEAD,
            WIRE.get(1),
            WIRE.get(2),
            "Across the river, shopkeepers said they would believe in the walls when they saw"
                + " them, after two earlier schemes were shelved for lack of money.",
            "A public meeting on the plan is due to be held in the town hall next month.");
    assertThat(verifier.verify(evidence("a.example.com", WIRE), evidence("c.example.com", quoting)))
        .isFalse();
  }

  /** A rewritten lead that still names the wire's event: "the city council approved a budget". */
  private static final String REWRITTEN_LEAD =
      "Families on the eastern bank will get new walls after the city council approved a budget"
          + " of 41 million pounds on Tuesday.";

  @Test
  void acceptsABriefWhoseRewrittenLeadNamesTheStorysEventAndWhoseRestLiesInPlace() {
    CopyEvidence wire = evidence("a.example.com", WIRE);
    CopyEvidence brief = evidence("b.example.com", List.of(REWRITTEN_LEAD, WIRE.get(1)));
    Similarity s = PairVerifier.similarity(brief, wire);
    // too little of it in the wire for the sets, too little in runs for alignment anywhere
    assertThat(
            verifier.accepts(
                s,
                PairVerifier.lead(
                    brief.leadFor(wire),
                    brief.setFor(wire),
                    wire.leadFor(brief),
                    wire.setFor(brief))))
        .isFalse();
    assertThat(Alignment.coverage(brief.openText(), wire.openText(), 4, 10))
        .isLessThan(Settings.defaults().get(DedupSettings.ALIGNED_CONTAINMENT));
    assertThat(verifier.verify(wire, brief)).isTrue();
  }

  @Test
  void rejectsAStoryWhoseOwnLeadIsFollowedByTheParagraphAfterAnotherStorysLead() {
    String ownLead =
        "Families on the eastern bank of the Dalton estuary are still waiting for walls, three"
            + " winters on.";
    CopyEvidence wire = evidence("a.example.com", WIRE);
    CopyEvidence quoting = evidence("c.example.com", List.of(ownLead, WIRE.get(1)));
    // the quoted paragraph sits where a copy's would: only the leads, sharing nothing, tell
    assertThat(Alignment.coverage(quoting.openText(), wire.openText(), 4, 10, 48))
        .isGreaterThanOrEqualTo(PairVerifier.IN_PLACE_CONTAINMENT);
    assertThat(verifier.verify(wire, quoting)).isFalse();
  }

  @Test
  void rejectsAStoryNamingTheEventWhoseSharedParagraphLiesFarFromItsPlaceInTheOther() {
    CopyEvidence wire = evidence("a.example.com", WIRE);
    CopyEvidence other = evidence("c.example.com", List.of(REWRITTEN_LEAD, WIRE.get(3)));
    assertThat(verifier.verify(wire, other)).isFalse();
  }

  @Test
  void matchesNoPairByAlignmentWhenItIsTurnedOff() {
    PairVerifier off = new PairVerifier(Settings.of(Map.of("dedup.aligned_containment", "0")));
    List<String> copy = List.of(OTHER_LEAD, WIRE.get(1), WIRE.get(2), WIRE.get(3));
    ShingledText wire = new Shingler(Settings.defaults()).shingle(WIRE);
    ShingledText edited = new Shingler(Settings.defaults()).shingle(copy);
    assertThat(
            off.verify(
                off.evidence("a.example.com", null, wire, wire),
                off.evidence("b.example.com", null, edited, edited)))
        .isFalse();
  }

  @Test
  void readsTheLeadUpToTheEndOfTheParagraphWhereItIsLongEnough() {
    ShingledText text =
        new ShingledText(new long[] {1, 2, 3, 4, 5, 6}, new int[] {0, 0, 1, 1, 1, 2}, 7L);
    assertThat(text.lead(3)).containsExactly(1, 2, 3, 4, 5);
    assertThat(text.lead(0)).isEmpty();
  }

  @Test
  void rejectsAShortStoryWhoseLeadSharesAStockSentenceAboutOtherFiguresAndWhoseQuoteLiesInPlace() {
    String ownLead =
        "HARTLEY — The county board approved a budget of 12 million pounds for new schools on"
            + " Monday, after a year of delays. Councillors voted 22 to 5 after a debate that"
            + " lasted hours.";
    CopyEvidence wire = evidence("a.example.com", WIRE);
    CopyEvidence quoting = evidence("c.example.com", List.of(ownLead, WIRE.get(1)));
    // read without their figures, the leads share a sentence and the quote lies in place
    assertThat(ShingleSets.intersection(quoting.openLead(), wire.openLead()))
        .isGreaterThanOrEqualTo(PairVerifier.MIN_SHARED_LEAD);
    assertThat(Alignment.coverage(quoting.openText(), wire.openText(), 4, 10, 48))
        .isGreaterThanOrEqualTo(PairVerifier.IN_PLACE_CONTAINMENT);
    assertThat(verifier.verify(wire, quoting)).isFalse();
  }

  /** {@code n} figures, the first {@code differing} of them {@code value}, the rest 7. */
  private static int[] leadFigures(int n, int differing, int value) {
    int[] f = new int[n];
    java.util.Arrays.fill(f, 7);
    for (int i = 0; i < differing; i++) f[i] = value;
    return f;
  }

  @Test
  void callsALeadSharedDespiteAMisreadDigitAmongManyAgreeingShingles() {
    long[] lead = range(0, 20);
    assertThat(
            PairVerifier.sharesLead(
                lead, leadFigures(20, 4, 1), lead, lead, leadFigures(20, 4, 2), lead))
        .isTrue();
  }

  @Test
  void callsNoLeadSharedWhenManyOfItsSharedShinglesHoldOtherFigures() {
    long[] lead = range(0, 8);
    assertThat(
            PairVerifier.sharesLead(
                lead, leadFigures(8, 4, 1), lead, lead, leadFigures(8, 4, 2), lead))
        .isFalse();
    assertThat(PairVerifier.sharesLead(lead, new int[8], lead, lead, new int[8], lead)).isTrue();
  }

  /** The evidence the dedup stage makes of a page with a title, as {@code DedupStage.Doc} does. */
  private static CopyEvidence titled(
      PairVerifier v, String host, Instant at, String title, List<String> paragraphs) {
    Shingler shingler = new Shingler(Settings.defaults());
    ShingledText text = shingler.shingle(paragraphs);
    CopyEvidence e = v.evidence(host, at, text, text);
    long[] phrases = ShingleSets.intersect(shingler.shingle(List.of(title)).set(), e.open());
    return e.withHeadline(Headline.of(title, 4), phrases, Headline.dateline(paragraphs.get(0)));
  }

  private static final String HEADLINE = "City council approved a budget for flood defences";

  /** A brief of the wire story whose whole lead was rewritten: no sentence of the story left. */
  private static final List<String> BRIEF =
      List.of(
          "BRENTFORD — Facing angry residents, the city council approved a budget for flood"
              + " defences late on Wednesday, a move that officials said was needed before the"
              + " next winter storms arrive in the valley.");

  private CopyEvidence wire(String title) {
    return titled(verifier, "a.example.com", null, title, WIRE);
  }

  @Test
  void acceptsABriefWithARewrittenLeadUnderTheStorysHeadlineAndDateline() {
    CopyEvidence wire = wire(HEADLINE);
    CopyEvidence brief = titled(verifier, "b.example.com", null, "UPDATE 2: " + HEADLINE, BRIEF);
    // its text alone is no copy
    assertThat(verifier.verify(brief, wire.withHeadline(Headline.Keys.NONE, new long[0], 0)))
        .isFalse();
    assertThat(verifier.verify(brief, wire)).isTrue();
    assertThat(verifier.match(brief, wire)).isEqualTo(PairVerifier.Evidence.HEADLINE);
  }

  @Test
  void rejectsABriefUnderAGenericHeadlineThatNamesNeitherThePhrasesNorTheFiguresOfTheStory() {
    String generic = "What the decision means for Brentford";
    CopyEvidence wire = wire(generic);
    CopyEvidence brief =
        titled(
            verifier,
            "b.example.com",
            null,
            generic,
            List.of(
                "BRENTFORD — The school board closed two primary schools on Wednesday, a move"
                    + " that parents said came without warning before the end of the term."));
    assertThat(verifier.verify(brief, wire)).isFalse();
  }

  @Test
  void acceptsABriefUnderAGenericHeadlineThatSharesAFigureOfTheStory() {
    String generic = "What the decision means for Brentford";
    CopyEvidence wire = wire(generic);
    CopyEvidence brief =
        titled(
            verifier,
            "b.example.com",
            null,
            generic,
            List.of(
                "BRENTFORD — Facing angry residents, councillors voted 31 to 9 late on"
                    + " Wednesday for new walls along the river, a move officials said was needed"
                    + " before the next winter storms."));
    assertThat(verifier.verify(brief, wire)).isTrue();
  }

  @Test
  void rejectsABriefUnderTheStorysHeadlineFiledFromAnotherPlace() {
    List<String> elsewhere = List.of(BRIEF.get(0).replace("BRENTFORD", "KINGSTON"));
    CopyEvidence brief = titled(verifier, "b.example.com", null, HEADLINE, elsewhere);
    assertThat(verifier.verify(brief, wire(HEADLINE))).isFalse();
  }

  @Test
  void rejectsABriefUnderTheStorysHeadlineOnTheSameOutlet() {
    CopyEvidence brief = titled(verifier, "a.example.com", null, HEADLINE, BRIEF);
    assertThat(verifier.verify(brief, wire(HEADLINE))).isFalse();
  }

  @Test
  void rejectsABriefUnderTheStorysHeadlinePublishedFurtherApartThanTheHeadlineWindow() {
    Instant at = Instant.parse("2025-01-06T10:00:00Z");
    CopyEvidence wire = titled(verifier, "a.example.com", at, HEADLINE, WIRE);
    CopyEvidence late =
        titled(verifier, "b.example.com", at.plus(java.time.Duration.ofDays(11)), HEADLINE, BRIEF);
    CopyEvidence soon =
        titled(verifier, "b.example.com", at.plus(java.time.Duration.ofDays(9)), HEADLINE, BRIEF);
    assertThat(verifier.verify(late, wire)).isFalse();
    assertThat(verifier.verify(soon, wire)).isTrue();
  }

  @Test
  void rejectsALongTextUnderTheStorysHeadlineThatSharesTooLittleOfIt() {
    PairVerifier shortOnly =
        new PairVerifier(Settings.of(Map.of("dedup.headline_max_shingles", "20")));
    CopyEvidence wire = titled(shortOnly, "a.example.com", null, HEADLINE, WIRE);
    CopyEvidence brief = titled(shortOnly, "b.example.com", null, HEADLINE, BRIEF);
    assertThat(shortOnly.verify(brief, wire)).isFalse();
  }

  @Test
  void matchesNoPairByHeadlineWhenTheRouteIsTurnedOff() {
    PairVerifier off = new PairVerifier(Settings.of(Map.of("dedup.headline_max_shingles", "0")));
    CopyEvidence wire = titled(off, "a.example.com", null, HEADLINE, WIRE);
    CopyEvidence brief = titled(off, "b.example.com", null, HEADLINE, BRIEF);
    assertThat(off.verify(brief, wire)).isFalse();
  }

  @Test
  void acceptsALongerCopyWhoseLeadWasRewrittenWhenItsHeadlineAndDatelineAgree() {
    List<String> copy = new java.util.ArrayList<>(WIRE.subList(1, 4));
    copy.add(0, BRIEF.get(0));
    CopyEvidence edited =
        titled(
            new PairVerifier(Settings.of(Map.of("dedup.aligned_containment", "0"))),
            "b.example.com",
            null,
            HEADLINE,
            copy);
    PairVerifier noAlignment =
        new PairVerifier(
            Settings.of(
                Map.of("dedup.aligned_containment", "0", "dedup.headline_max_shingles", "20")));
    CopyEvidence wire = titled(noAlignment, "a.example.com", null, HEADLINE, WIRE);
    CopyEvidence untitled = wire.withHeadline(Headline.Keys.NONE, new long[0], 0);
    // most of it is in the wire, but the leads differ
    assertThat(noAlignment.verify(edited, untitled)).isFalse();
    assertThat(noAlignment.verify(edited, wire)).isTrue();
    assertThat(noAlignment.match(edited, wire)).isEqualTo(PairVerifier.Evidence.HEADLINE);
  }

  /** The wire story under a headline its lead tells in the same words, with its figure. */
  private static final String EVENT_HEADLINE =
      "City council approved a budget of 41 million pounds";

  /** A document without a title (a text scrape), its lead's dateline kept. */
  private CopyEvidence untitled(PairVerifier v, String host, List<String> paragraphs) {
    ShingledText text = new Shingler(Settings.defaults()).shingle(paragraphs);
    return v.evidence(host, null, text, text)
        .withHeadline(Headline.Keys.NONE, new long[0], Headline.dateline(paragraphs.get(0)));
  }

  /** An untitled brief whose whole lead was rewritten around the story's event and figure. */
  private static final List<String> NAMING_BRIEF =
      List.of(
          "BRENTFORD — Facing angry residents, the city council approved a budget of 41 million"
              + " pounds late on Wednesday, a move officials said was needed before the next"
              + " winter storms arrive in the valley.");

  @Test
  void acceptsAnUntitledBriefWhoseRewrittenLeadNamesTheStorysHeadlineAndItsFigure() {
    CopyEvidence wire = wire(EVENT_HEADLINE);
    CopyEvidence brief = untitled(verifier, "b.example.com", NAMING_BRIEF);
    // its text alone is no copy
    assertThat(verifier.verify(brief, wire.withHeadline(Headline.Keys.NONE, new long[0], 0)))
        .isFalse();
    assertThat(verifier.verify(brief, wire)).isTrue();
    assertThat(verifier.verify(wire, brief)).isTrue();
    assertThat(verifier.match(brief, wire)).isEqualTo(PairVerifier.Evidence.HEADLINE_IN_LEAD);
  }

  @Test
  void rejectsAStoryFromTheSamePlaceWhoseLeadNamesTheOthersHeadlineButNoneOfItsFigures() {
    CopyEvidence wire = wire("City council approved a budget for the flood defences");
    CopyEvidence other =
        untitled(
            verifier,
            "b.example.com",
            List.of(
                "BRENTFORD — The school board on Wednesday closed two primary schools by the"
                    + " river, a week after the city council approved a budget for the flood"
                    + " defences."));
    assertThat(PairVerifier.namedPhrases(wire, other)).isGreaterThanOrEqualTo(2);
    assertThat(verifier.verify(other, wire)).isFalse();
  }

  @Test
  void
      rejectsAStoryFromTheSamePlaceWhoseLeadNamesTheOthersHeadlineAndThatSharesAYearOnlyFurtherDown() {
    CopyEvidence wire = wire("City council approved a budget for the flood defences");
    CopyEvidence other =
        untitled(
            verifier,
            "b.example.com",
            List.of(
                "BRENTFORD — The school board on Wednesday closed two primary schools by the"
                    + " river, a week after the city council approved a budget for the flood"
                    + " defences.",
                "Parents said the council had ignored warnings from its own engineers since 2019."));
    assertThat(PairVerifier.namedPhrases(wire, other)).isGreaterThanOrEqualTo(2);
    assertThat(PairVerifier.sharesFigure(wire, other)).isTrue();
    assertThat(PairVerifier.leadFigureIn(other, wire)).isFalse();
    assertThat(PairVerifier.leadFigureIn(wire, other)).isFalse();
    assertThat(verifier.verify(other, wire)).isFalse();
  }

  @Test
  void countsNoPhraseOfAHeadlineThatALeadHoldsWithOtherFigures() {
    CopyEvidence wire = wire(EVENT_HEADLINE);
    CopyEvidence other =
        untitled(
            verifier,
            "b.example.com",
            List.of(
                "BRENTFORD — A year ago the city council approved a budget of 38 million pounds"
                    + " for schools, and on Wednesday it asked for 41 more teachers."));
    assertThat(PairVerifier.namedPhrases(wire, brief())).isGreaterThanOrEqualTo(2);
    assertThat(PairVerifier.namedPhrases(wire, other)).isZero();
    assertThat(verifier.verify(other, wire)).isFalse();
  }

  private CopyEvidence brief() {
    return untitled(verifier, "b.example.com", NAMING_BRIEF);
  }

  @Test
  void rejectsABriefWhoseLeadNamesTheStorysHeadlineFiledFromAnotherPlace() {
    CopyEvidence brief =
        untitled(
            verifier,
            "b.example.com",
            List.of(NAMING_BRIEF.get(0).replace("BRENTFORD", "KINGSTON")));
    assertThat(verifier.verify(brief, wire(EVENT_HEADLINE))).isFalse();
  }

  @Test
  void rejectsABriefWhoseLeadNamesTheStorysHeadlineOnTheSameOutlet() {
    CopyEvidence brief = untitled(verifier, "a.example.com", NAMING_BRIEF);
    assertThat(verifier.verify(brief, wire(EVENT_HEADLINE))).isFalse();
  }

  @Test
  void rejectsALongTextWhoseLeadNamesTheStorysHeadlineButSharesTooLittleOfIt() {
    PairVerifier shortOnly =
        new PairVerifier(Settings.of(Map.of("dedup.headline_max_shingles", "20")));
    CopyEvidence wire = titled(shortOnly, "a.example.com", null, EVENT_HEADLINE, WIRE);
    assertThat(shortOnly.verify(untitled(shortOnly, "b.example.com", NAMING_BRIEF), wire))
        .isFalse();
  }

  private static final String STOCK_BRIEF =
      "OAKRIDGE — The grid operator extended evacuation orders for low-lying districts on Monday,"
          + " drawing sharp reactions from supporters of the plan in Kessington. In Harbourton,"
          + " where the dying coral reefs has been felt most strongly, 11,458 people signed a"
          + " petition within 19 hours.";

  @Test
  void rejectsTwoBriefsToldInTheSameStockSentencesAboutOtherFigures() {
    String other =
        "OAKRIDGE — The grid operator extended evacuation orders for low-lying districts on"
            + " Friday, drawing sharp reactions from supporters of the plan in Kessington. In"
            + " Harbourton, where the dying coral reefs has been felt most strongly, 4,128 people"
            + " signed a petition within 3 hours.";
    CopyEvidence a = evidence("a.example.com", List.of(STOCK_BRIEF));
    CopyEvidence b = evidence("b.example.com", List.of(other));
    assertThat(PairVerifier.similarity(a, b).jaccard()).isGreaterThan(0.5);
    assertThat(PairVerifier.figures(a, b)).containsExactly(0, 7);
    assertThat(verifier.verify(a, b)).isFalse();
  }

  @Test
  void acceptsACopyOfABriefWithOneFigureMisreadAmongOthers() {
    String copy = STOCK_BRIEF.replace("11,458", "11,58");
    CopyEvidence a = evidence("a.example.com", List.of(STOCK_BRIEF));
    CopyEvidence b = evidence("b.example.com", List.of(copy));
    // "11,458" is in four shingles, "19" in three
    assertThat(PairVerifier.figures(a, b)).containsExactly(3, 4);
    assertThat(verifier.verify(a, b)).isTrue();
  }
}
