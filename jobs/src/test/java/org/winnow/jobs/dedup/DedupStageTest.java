package org.winnow.jobs.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.winnow.jobs.dedup.Prose.concat;
import static org.winnow.jobs.dedup.Prose.doc;
import static org.winnow.jobs.dedup.Prose.paragraphs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.dedup.CopyFacts;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.PairVerifier;
import org.winnow.dedup.PassageLsh;
import org.winnow.dedup.Provenance;
import org.winnow.dedup.SetIndex;
import org.winnow.dedup.ShingledText;
import org.winnow.dedup.Shingler;
import org.winnow.dedup.StoryCluster;
import org.winnow.dedup.TemplateGuard;
import org.winnow.jobs.TestSpark;
import org.winnow.settings.Settings;

class DedupStageTest {
  private static final List<String> STORY = paragraphs(1, 12);

  private static Map<String, DocMembership> run(Settings settings, List<CopyFacts> docs) {
    Map<String, DocMembership> m = new HashMap<>();
    DedupResult r = new DedupStage(settings).run(TestSpark.context().parallelize(docs, 2));
    for (DocMembership d : r.memberships().collect()) m.put(d.docId(), d);
    return m;
  }

  private static Map<String, DocMembership> run(List<CopyFacts> docs) {
    return run(Settings.defaults(), docs);
  }

  @Test
  void joinsABriefAndACopyTrimmedToAThirdToTheirFullStory() {
    Map<String, DocMembership> m =
        run(
            List.of(
                doc("full", "apnews.com", 0, null, STORY),
                doc("third", "a.com", 30, null, STORY.subList(0, 4)),
                doc("brief", "b.com", 40, null, STORY.subList(0, 2)),
                doc("other", "c.com", 50, null, paragraphs(2, 8))));
    assertThat(m.get("third").clusterId()).isEqualTo("full");
    assertThat(m.get("brief").clusterId()).isEqualTo("full");
    assertThat(m.get("brief").containmentToCanonical()).isEqualTo(1.0);
    assertThat(m.get("other").clusterId()).isEqualTo("other");
  }

  @Test
  void keepsAStoryThatQuotesTwoParagraphsOfAnotherApart() {
    List<String> quoting = concat(paragraphs(3, 8), STORY.subList(5, 7));
    Map<String, DocMembership> m =
        run(
            List.of(
                doc("full", "a.com", 0, null, STORY), doc("quoting", "b.com", 60, null, quoting)));
    assertThat(m.get("quoting").clusterId()).isEqualTo("quoting");
  }

  @Test
  void neverJoinsTwoStoriesThatShareOnlyTheirOutletsTemplate() {
    List<String> template = paragraphs(99, 2);
    List<CopyFacts> docs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      docs.add(doc("p" + i, "daily.news", i, null, concat(paragraphs(100 + i, 1), template)));
    }
    Map<String, DocMembership> m = run(docs);
    assertThat(m.values()).allMatch(d -> d.clusterId().equals(d.docId()));
  }

  @Test
  void choosesTheAgencysCopyAndExplainsWhy() {
    List<CopyFacts> docs =
        List.of(
            doc("early", "a.com", 0, "By Jane Roe", STORY),
            doc("wire", "reuters.com", 45, "By John Doe", STORY));
    DedupResult r =
        new DedupStage(Settings.defaults()).run(TestSpark.context().parallelize(docs, 2));
    List<StoryCluster> clusters = r.clusters().collect();
    assertThat(clusters).hasSize(1);
    StoryCluster c = clusters.get(0);
    assertThat(c.canonicalDocId()).isEqualTo("wire");
    assertThat(c.canonicalReason()).isEqualTo("agency host reuters.com");
    assertThat(c.hosts()).containsExactly("a.com", "reuters.com");
    assertThat(c.firstPublishedAt()).isEqualTo(Prose.T0);
    assertThat(c.size()).isEqualTo(2);
  }

  @Test
  void tellsWhichParagraphsACopySharesWithTheCanonicalCopy() {
    // a body paragraph replaced (a copy whose whole lead is new and that matches by containment
    // alone fails the lead check: it looks like a story quoting the body)
    List<String> copy = new ArrayList<>(STORY.subList(0, 6));
    copy.set(1, paragraphs(7, 1).get(0));
    copy.add(paragraphs(8, 1).get(0));
    Map<String, DocMembership> m =
        run(
            List.of(
                doc("wire", "apnews.com", 0, null, STORY), doc("copy", "a.com", 9, null, copy)));
    DocMembership d = m.get("copy");
    assertThat(d.canonicalDocId()).isEqualTo("wire");
    assertThat(d.isCanonical()).isFalse();
    assertThat(d.sharedPositions()).containsExactly(0, 2, 3, 4, 5);
    assertThat(m.get("wire").sharedPositions()).hasSize(12);
  }

  @Test
  void givesACanonicalCopyTheParagraphsItSharesWithItsOwnSet() {
    Settings settings = Settings.defaults();
    List<String> text = new ArrayList<>(STORY.subList(0, 5));
    text.add(2, "* * *"); // a separator line: no shingle starts in it
    DedupStage.Doc d =
        DedupStage.Doc.of(
            DedupStage.Shingled.of(
                doc("wire", "apnews.com", 0, null, text), new Shingler(settings), 4),
            SetIndex.of(new long[0]),
            new TemplateGuard(settings),
            new PassageLsh(settings),
            new PairVerifier(settings),
            8);
    assertThat(DedupStage.ownPositions(d))
        .containsExactly(Provenance.sharedPositions(d.facts, d.text(), d.set()))
        .containsExactly(0, 1, 3, 4, 5);
  }

  @Test
  void placesTheMembersOfAComponentTooLargeToGatherAgainstTheirCanonicalCopy() {
    List<CopyFacts> docs =
        List.of(
            doc("wire", "apnews.com", 0, null, STORY),
            doc("third", "a.com", 30, null, STORY.subList(0, 4)),
            doc("copy", "b.com", 40, null, STORY));
    Map<String, DocMembership> m = run(Settings.of(Map.of("dedup.max_resplit", "2")), docs);
    assertThat(m.values()).allMatch(d -> d.clusterId().equals("wire"));
    assertThat(m.get("copy").jaccardToCanonical()).isEqualTo(1.0);
  }

  @Test
  void splitsOffAMemberThatOnlyABriefTiedToTheStory() {
    // the brief is inside both the story and a longer story quoting those two paragraphs: it joins
    // the story nearer its length
    List<String> quoting = concat(STORY.subList(0, 2), paragraphs(4, 15));
    List<CopyFacts> docs =
        List.of(
            doc("wire", "apnews.com", 0, null, STORY),
            doc("brief", "a.com", 5, null, STORY.subList(0, 2)),
            doc("quoting", "b.com", 90, null, quoting));
    Map<String, DocMembership> guarded = run(docs);
    assertThat(guarded.get("brief").clusterId()).isEqualTo("wire");
    assertThat(guarded.get("quoting").clusterId()).isEqualTo("quoting");
    Map<String, DocMembership> unguarded =
        run(Settings.of(Map.of("dedup.giant_component", "1000")), docs);
    assertThat(unguarded.get("quoting").clusterId()).isEqualTo("wire");
  }

  @Test
  void rejectsDuplicateDocIds() {
    List<CopyFacts> docs =
        List.of(doc("x", "a.com", 0, null, STORY), doc("x", "b.com", 0, null, STORY));
    assertThatThrownBy(() -> run(docs)).hasMessageContaining("doc ids must be unique");
  }

  @Test
  void sumsAPairsSupportOverBucketTasksAndDropsTheWeaklySupported() {
    // doc 1 (20 band keys) meets 2 in two bucket tasks and 3 in one; two buckets are needed
    List<scala.Tuple2<Long, DedupStage.Partners>> lists =
        List.of(
            new scala.Tuple2<>(
                1L, new DedupStage.Partners(20, new long[] {2, 3}, new int[] {1, 1})),
            new scala.Tuple2<>(1L, new DedupStage.Partners(20, new long[] {2}, new int[] {1})));
    org.apache.spark.util.LongAccumulator weak = new org.apache.spark.util.LongAccumulator();
    List<scala.Tuple2<Long, DedupStage.Partners>> merged = new ArrayList<>();
    DedupStage.mergePartners(lists.iterator(), keys -> keys / 10, weak)
        .forEachRemaining(merged::add);
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0)._2().ids()).containsExactly(2);
    assertThat(merged.get(0)._2().support()).containsExactly(2);
    assertThat(weak.value()).isOne();
  }

  @Test
  void asksAPairForAShareOfTheShorterDocumentsBandKeysAndAtLeastOneBucket() {
    DedupStage stage = new DedupStage(Settings.of(Map.of("dedup.min_support", "0.1")));
    assertThat(stage.supportNeeded(3)).isOne();
    assertThat(stage.supportNeeded(30)).isEqualTo(3);
    assertThat(stage.supportNeeded(75)).isEqualTo(8);
  }

  @Test
  void verifiesEveryPairWhenNoSupportIsAsked() {
    DedupStage stage = new DedupStage(Settings.of(Map.of("dedup.min_support", "0")));
    assertThat(stage.supportNeeded(300)).isOne();
  }

  @Test
  void cutsThePartitionsIntoRunsOfAboutTheSlicesPairs() {
    long[] pairs = {40, 10, 30, 20, 0, 50};
    int[][] slices = DedupStage.slices(pairs, 50);
    assertThat(slices).hasNumberOfRows(3);
    assertThat(slices[0]).containsExactly(0, 1);
    assertThat(slices[1]).containsExactly(2, 3);
    assertThat(slices[2]).containsExactly(4, 5);
  }

  @Test
  void verifiesInOneSliceWhenThePairsFitAndInNoMoreSlicesThanPartitions() {
    assertThat(DedupStage.slices(new long[] {3, 4}, 10)).hasNumberOfRows(1);
    assertThat(DedupStage.slices(new long[] {300, 400}, 10)).hasNumberOfRows(2);
    assertThat(DedupStage.slices(new long[] {0, 0, 0}, 10)).hasNumberOfRows(1);
  }

  @Test
  void keepsTheStrippedTextAsRunsOverTheOpenTextWithItsParagraphsAndFigures() {
    ShingledText open =
        ShingledText.of(
            new long[] {11, 12, 13, 14, 15, 16}, new int[] {0, 0, 1, 1, 3, 3}, new int[6], 99L);
    ShingledText stripped =
        ShingledText.of(new long[] {11, 12, 15, 16}, new int[] {0, 0, 3, 3}, new int[4], 99L);

    assertThat(DedupStage.Doc.runs(stripped, open)).containsExactly(0, 2, 0, 4, 2, 3);
    assertThat(DedupStage.Doc.runs(open, open)).containsExactly(0, 2, 0, 2, 2, 1, 4, 2, 3);
  }

  @Test
  void keepsNoRunsForATextThatIsNotTheOpenTextLessSomeShingles() {
    ShingledText open = ShingledText.of(new long[] {11, 12}, new int[] {0, 0}, new int[2], 1L);
    ShingledText other = ShingledText.of(new long[] {12, 11}, new int[] {0, 0}, new int[2], 1L);

    assertThat(DedupStage.Doc.runs(other, open)).isNull();
  }

  @Test
  void givesBackTheStrippedTextOfADocumentWhoseTemplateParagraphWasDropped() {
    Settings settings = Settings.defaults();
    Shingler shingler = new Shingler(settings);
    List<String> text = new ArrayList<>(STORY.subList(0, 5));
    DedupStage.Shingled s =
        DedupStage.Shingled.of(doc("wire", "a.com", 0, null, text), shingler, 4);
    long template = TemplateGuard.paragraphKey(TemplateGuard.hostKey("a.com"), s.paragraphKeys[2]);
    DedupStage.Doc d =
        DedupStage.Doc.of(
            s,
            SetIndex.of(new long[] {template}),
            new TemplateGuard(settings),
            new PassageLsh(settings),
            new PairVerifier(settings),
            8);

    ShingledText kept = d.text();
    assertThat(kept.size()).isLessThan(s.text.size()).isPositive();
    assertThat(d.evidence().strict()).containsExactly(kept.set());
    for (int i = 0; i < kept.size(); i++) assertThat(kept.paragraphOf(i)).isNotEqualTo(2);
    assertThat(kept.exactKey()).isEqualTo(s.text.exactKey());
  }

  @Test
  void aCachedDocumentComesBackThroughKryoWithItsTextEvidenceAndKeys() {
    Settings settings = Settings.defaults();
    List<String> text = new ArrayList<>(STORY.subList(0, 5));
    DedupStage.Shingled s =
        DedupStage.Shingled.of(doc("wire", "a.com", 0, null, text), new Shingler(settings), 4);
    long template = TemplateGuard.paragraphKey(TemplateGuard.hostKey("a.com"), s.paragraphKeys[2]);
    DedupStage.Doc d =
        DedupStage.Doc.of(
            s,
            SetIndex.of(new long[] {template}),
            new TemplateGuard(settings),
            new PassageLsh(settings),
            new PairVerifier(settings),
            8);
    org.apache.spark.SparkConf conf = new org.apache.spark.SparkConf(false);
    org.winnow.jobs.serde.WinnowKryoRegistrator.SPARK_SETTINGS.forEach(conf::set);
    org.apache.spark.serializer.SerializerInstance kryo =
        new org.apache.spark.serializer.KryoSerializer(conf).newInstance();
    scala.reflect.ClassTag<Object> any = scala.reflect.ClassTag$.MODULE$.apply(Object.class);

    DedupStage.Doc back = (DedupStage.Doc) kryo.deserialize(kryo.serialize(d, any), any);
    // written again before its evidence was asked for: the packed bytes go out as they came in
    DedupStage.Doc again = (DedupStage.Doc) kryo.deserialize(kryo.serialize(back, any), any);

    for (DedupStage.Doc b : List.of(back, again)) {
      assertThat(b.facts.docId()).isEqualTo("wire");
      assertThat(b.facts.pageKeys()).containsExactly(d.facts.pageKeys());
      assertThat(b.openSize).isEqualTo(d.evidence().open().length);
      assertThat(b.headlineKeys).containsExactly(d.headlineKeys);
      assertThat(b.bandKeys).containsExactly(d.bandKeys);
      assertThat(b.exactKey).isEqualTo(d.exactKey);
      assertThat(b.evidence().strict()).containsExactly(d.evidence().strict());
      assertThat(b.evidence().open()).containsExactly(d.evidence().open());
      assertThat(b.evidence().openOrder()).containsExactly(d.evidence().openOrder());
      assertThat(b.text().set()).containsExactly(d.text().set());
    }
  }

  @Test
  void aVerdictCarriesTheSharedShinglesAsBitsOverTheMembersStrictSet() {
    long[] strict = new long[70];
    for (int i = 0; i < strict.length; i++) strict[i] = 3L * i - 100;
    long[] canonical = {-100, -97, -50, 2, 50, 104, 107, 500};

    long[] bits = DedupStage.Verdict.memberBits(strict, canonical);

    assertThat(bits).hasSize(2);
    assertThat(DedupStage.Verdict.members(strict, bits))
        .containsExactly(-100, -97, 2, 50, 104, 107);
  }

  /** A page of {@code host} under {@code title} whose lead is filed from {@code dateline}. */
  private static CopyFacts titled(
      String id, String host, String title, String dateline, String lead, List<String> rest) {
    List<String> text = new ArrayList<>();
    text.add(dateline + " — " + lead);
    text.addAll(rest);
    int[] positions = new int[text.size()];
    java.util.Arrays.setAll(positions, i -> i);
    return new CopyFacts(
        id, "https://" + host + "/" + id, host, Prose.T0, null, title, text, positions);
  }

  @Test
  void joinsABriefWhoseWholeLeadWasRewrittenToItsStoryByHeadlineAndDateline() {
    String headline = "Council approves the flood defence budget";
    String event = " the council approves the flood defence budget ";
    List<String> body = paragraphs(4, 6);
    Map<String, DocMembership> m =
        run(
            List.of(
                titled(
                    "wire",
                    "apnews.com",
                    headline,
                    "BRENTFORD",
                    paragraphs(5, 1).get(0) + event + paragraphs(6, 1).get(0),
                    body),
                titled(
                    "brief",
                    "b.com",
                    "UPDATE 2: " + headline,
                    "BRENTFORD",
                    paragraphs(7, 1).get(0) + event,
                    List.of()),
                titled(
                    "elsewhere",
                    "c.com",
                    headline,
                    "KINGSTON",
                    paragraphs(8, 1).get(0) + event,
                    List.of())));
    assertThat(m.get("brief").clusterId()).isEqualTo("wire");
    assertThat(m.get("elsewhere").clusterId()).isEqualTo("elsewhere");
  }

  @Test
  void neverJoinsPagesByAHeadlineTheirOutletRepeatsOnManyPages() {
    String headline = "Council approves the flood defence budget";
    String event = " the council approves the flood defence budget ";
    List<CopyFacts> docs = new ArrayList<>();
    docs.add(
        titled(
            "wire",
            "apnews.com",
            headline,
            "BRENTFORD",
            paragraphs(5, 1).get(0) + event,
            paragraphs(4, 6)));
    // the outlet of the brief runs that headline over six different stories of its own
    for (int i = 0; i < 6; i++) {
      docs.add(
          titled(
              "own" + i,
              "b.com",
              headline,
              "BRENTFORD",
              paragraphs(20 + i, 1).get(0) + event,
              paragraphs(40 + i, 1)));
    }
    Map<String, DocMembership> m = run(docs);
    for (int i = 0; i < 6; i++) assertThat(m.get("own" + i).clusterId()).isEqualTo("own" + i);
  }
}
