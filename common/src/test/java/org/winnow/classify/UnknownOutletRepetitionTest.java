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
}
