package org.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.segment.PageParser;
import org.winnow.settings.Settings;

/** Text scrapes in one flat folder: no page says which outlet it came from. */
class UnknownOutletRepetitionTest {
  private static final String PITCH =
      "The Harbour Herald has served readers along the coast since 1921 and is owned by a trust"
          + " whose charter requires that the paper remain independent of any party or company.";

  private final PageParser parser = new PageParser(Settings.defaults());
  private final ParagraphClassifier classifier = new ParagraphClassifier(Settings.defaults());

  private Page scrape(int n, String... lines) {
    String uri = "file:/scrapes/" + n + "_scrape.txt";
    return parser.parse(SourceRecord.text(uri, uri, String.join("\n", lines)));
  }

  private static String story(int s, int paragraph) {
    return "In the "
        + (s + 3)
        + "th report of the season the council of town "
        + (char) ('A' + s)
        + " said on Monday that paragraph "
        + paragraph
        + " of its plan for the new bridge over the river would need another vote before work"
        + " could begin, after residents raised concerns about traffic and noise.";
  }

  private static List<Verdict> verdictsOf(List<Page> pages, Page page, ParagraphClassifier c) {
    CorpusStatsBuilder corpus = new CorpusStatsBuilder();
    pages.forEach(corpus::add);
    return c.classify(page, corpus.statsFor(page));
  }

  @Test
  void proseOnFivePagesOfFiveDifferentStoriesIsFurniture() {
    List<Page> pages = new ArrayList<>();
    for (int s = 0; s < 5; s++) pages.add(scrape(s, story(s, 1), story(s, 2), PITCH));

    Verdict pitch = verdictsOf(pages, pages.get(0), classifier).get(2);

    assertThat(pitch.label()).isEqualTo(Label.NOISE);
    assertThat(pitch.reason()).contains("of one story: rides along with many articles");
  }

  @Test
  void aWireParagraphOnFiveCopiesOfOneStoryStaysContent() {
    List<Page> pages = new ArrayList<>();
    for (int copy = 0; copy < 5; copy++) {
      pages.add(scrape(copy, story(0, 1), story(0, 2), "Reporting by outlet number " + copy + "."));
    }

    Verdict wire = verdictsOf(pages, pages.get(0), classifier).get(0);

    assertThat(wire.label()).isEqualTo(Label.CONTENT);
  }

  private static final String ABOUT =
      "The Harbour Herald is an independent daily founded in Kessington in 1921. Its reporters"
          + " cover city hall, the courts and schools, and its opinion pages are run separately.";

  private static final String CORRECTIONS =
      "The Harbour Herald corrects errors of fact as soon as they are brought to its attention,"
          + " and notes each correction at the foot of the article with the date of the change.";

  @Test
  void proseOnThreePagesOfThreeStoriesBelowEachPagesOwnStoryIsTheOutlets() {
    List<Page> pages = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      pages.add(scrape(s, story(s, 1), story(s, 2), story(s, 3), ABOUT, CORRECTIONS));
    }

    List<Verdict> verdicts = verdictsOf(pages, pages.get(1), classifier);

    assertThat(verdicts.get(3).label()).isEqualTo(Label.NOISE);
    assertThat(verdicts.get(4).label()).isEqualTo(Label.NOISE);
    assertThat(verdicts.get(3).reason()).contains("below the page's own story");
    assertThat(verdicts.subList(0, 3)).allMatch(v -> v.label() == Label.CONTENT);
  }

  @Test
  void proseOnTwoPagesOfTwoStoriesBehindTheCopyrightLineIsTheOutlets() {
    List<Page> pages = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      pages.add(scrape(s, story(s, 1), story(s, 2), "© 2024 The Harbour Herald", ABOUT));
    }

    Verdict about = verdictsOf(pages, pages.get(0), classifier).get(3);

    assertThat(about.label()).isEqualTo(Label.NOISE);
    assertThat(about.reason()).contains("the outlet's own prose");
  }

  @Test
  void twoLinesThatASecondCopyAlsoEndsWithStayTheStorys() {
    // on two pages only, a story's last lines and an outlet's notes repeat alike: without the
    // footer's furniture before them, they are the story's
    List<Page> pages = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      pages.add(scrape(s, story(s, 1), story(s, 2), ABOUT, CORRECTIONS));
    }

    List<Verdict> verdicts = verdictsOf(pages, pages.get(0), classifier);

    assertThat(verdicts).allMatch(v -> v.label() == Label.CONTENT);
  }

  @Test
  void aBriefsOneParagraphThatALongerCopyOpensWithStaysContentOnBothPages() {
    Page brief = scrape(0, story(0, 1), ABOUT, CORRECTIONS);
    Page full = scrape(1, story(0, 1), story(1, 2), story(1, 3));
    Page other = scrape(2, story(2, 1), story(2, 2), ABOUT, CORRECTIONS);
    List<Page> pages = List.of(brief, full, other);

    assertThat(verdictsOf(pages, brief, classifier).get(0).label()).isEqualTo(Label.CONTENT);
    assertThat(verdictsOf(pages, full, classifier).get(0).label()).isEqualTo(Label.CONTENT);
  }

  @Test
  void linesBelowAStoryThatOtherPagesAlsoTellAsOftenStayTheStorys() {
    // two copies of one story that disagree on their longest line (one was cut): the lines they
    // share below the rest are the story's, as the shared lines above them show
    Page full =
        scrape(0, story(0, 1), story(0, 2) + " It was the longest day.", story(0, 3), story(0, 4));
    Page cut = scrape(1, story(0, 1), story(5, 2), story(0, 3), story(0, 4));
    List<Page> pages = List.of(full, cut);

    List<Verdict> verdicts = verdictsOf(pages, cut, classifier);

    assertThat(verdicts).allMatch(v -> v.label() == Label.CONTENT);
  }
}
