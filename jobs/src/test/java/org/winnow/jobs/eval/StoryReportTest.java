package org.winnow.jobs.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.dedup.CanonicalPolicy;
import org.winnow.jobs.eval.StoryReport.Doc;
import org.winnow.settings.Settings;

class StoryReportTest {

  private static List<Doc> story(String id, int copies, String agency) {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      docs.add(new Doc(id, "outlet" + i + ".com", "Title " + id, i == 0, agency));
    }
    return docs;
  }

  @Test
  void groupsStorySizesIntoDoublingBuckets() {
    List<Doc> docs = new ArrayList<>();
    docs.addAll(story("a", 1, null));
    docs.addAll(story("b", 1, null));
    docs.addAll(story("c", 2, null));
    docs.addAll(story("d", 3, null));
    docs.addAll(story("e", 4, null));
    docs.addAll(story("f", 9, null));

    StoryReport r = StoryReport.of(docs, 0);

    assertEquals(Map.of("1", 2L, "2", 1L, "3-4", 2L, "9-16", 1L), r.sizes());
    assertEquals(List.of("1", "2", "3-4", "9-16"), List.copyOf(r.sizes().keySet()));
    assertEquals(6, r.stories());
    assertEquals(4, r.storiesWithCopies());
    assertEquals(18, r.documentsWithCopies());
  }

  @Test
  void listsTheLargestStoriesFirstWithDistinctHostsAndTheCanonicalTitle() {
    List<Doc> docs = new ArrayList<>(story("small", 2, null));
    docs.addAll(story("big", 3, null));
    docs.add(new Doc("big", "outlet0.com", "Another title", false, null));

    StoryReport r = StoryReport.of(docs, 1);

    assertEquals(1, r.largest().size());
    StoryReport.Story top = r.largest().get(0);
    assertEquals("big", top.clusterId());
    assertEquals(4, top.size());
    assertEquals(List.of("outlet0.com", "outlet1.com", "outlet2.com"), top.hosts());
    assertEquals("Title big", top.title());
  }

  @Test
  void countsCreditedDocumentsThatSitWithCopiesOfTheirStory() {
    List<Doc> docs = new ArrayList<>(story("wire", 3, "Reuters"));
    docs.addAll(story("alone", 1, "Reuters"));
    docs.addAll(story("local", 2, null));

    StoryReport r = StoryReport.of(docs, 0);

    assertEquals(4, r.credited());
    assertEquals(3, r.creditedWithCopies());
    assertEquals(Map.of("Reuters", 2), r.storiesByAgency());
  }

  @Test
  void countsStoriesThatMixTwoAgencies() {
    List<Doc> docs = new ArrayList<>(story("s", 2, "Reuters"));
    docs.add(new Doc("s", "other.com", null, false, "AP"));

    StoryReport r = StoryReport.of(docs, 0);

    assertEquals(1, r.mixedStories());
    assertEquals(Map.of("AP", 1, "Reuters", 1), r.storiesByAgency());
  }

  @Test
  void rejectsANegativeNumberOfLargestStories() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StoryReport.of(List.of(), -1));
    assertEquals("largest must be >= 0, was -1", e.getMessage());
  }

  private static final CanonicalPolicy POLICY = new CanonicalPolicy(Settings.defaults());

  @Test
  void foldsAnAgencyOfSeveralWordsToItsInitials() {
    assertEquals("AP", StoryReport.fold("Associated Press"));
    assertEquals("AFP", StoryReport.fold("Agence France-Presse"));
    assertEquals("Reuters", StoryReport.fold("Reuters"));
  }

  @Test
  void creditsAShortBylineOrCopyrightLine() {
    assertEquals("AP", StoryReport.credit("By JILL COLVIN Associated Press", POLICY));
    assertEquals(
        "Reuters", StoryReport.credit("© 2018 Thomson/Reuters. All rights reserved.", POLICY));
  }

  @Test
  void creditsADatelineThatOpensTheStory() {
    assertEquals(
        "AP",
        StoryReport.credit(
            "HELSINKI (AP) — A face-to-face sitdown with a long-feared foe, endless media hype and"
                + " huge stakes for both presidents.",
            POLICY));
  }

  @Test
  void doesNotCreditAnAgencyMentionedInTheMiddleOfALongParagraph() {
    assertNull(
        StoryReport.credit(
            "The president told reporters on Monday, in remarks first reported by Reuters, that the"
                + " summit went well.",
            POLICY));
  }

  @Test
  void totalsMergedFromPartsEqualTotalsAddedInOnePass() {
    List<StoryReport.StoryTally> tallies = new ArrayList<>();
    tallies.add(StoryReport.StoryTally.of("a", story("a", 3, "AP")));
    tallies.add(StoryReport.StoryTally.of("b", story("b", 1, "Reuters")));
    tallies.add(StoryReport.StoryTally.of("c", story("c", 2, null)));
    StoryReport.Totals whole = new StoryReport.Totals();
    tallies.forEach(whole::add);

    StoryReport.Totals left = new StoryReport.Totals().add(tallies.get(2));
    StoryReport.Totals right = new StoryReport.Totals().add(tallies.get(1)).add(tallies.get(0));

    assertEquals(whole.report(List.of()), right.merge(left).report(List.of()));
  }

  @Test
  void aCreditKeepsTheEarliestOpeningAndTheEarliestAgencyWhateverTheMergeOrder() {
    StoryReport.Credit opening = new StoryReport.Credit(2, "The lead.", Integer.MAX_VALUE, null);
    StoryReport.Credit byline = new StoryReport.Credit(5, "Later text.", 0, "AP");

    StoryReport.Credit expected = new StoryReport.Credit(2, "The lead.", 0, "AP");
    assertEquals(expected, opening.earliest(byline));
    assertEquals(expected, byline.earliest(opening));
    assertEquals(opening, opening.earliest(StoryReport.Credit.NONE));
  }
}
