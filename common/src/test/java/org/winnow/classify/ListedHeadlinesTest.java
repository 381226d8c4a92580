package org.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.winnow.model.Page;
import org.winnow.model.SourceRecord;
import org.winnow.segment.PageParser;
import org.winnow.settings.Settings;
import org.winnow.text.TextKey;

class ListedHeadlinesTest {
  private final PageParser parser = new PageParser(Settings.defaults());

  private Page scrape(String name, String text) {
    String uri = "file:/flat/" + name + ".txt";
    return parser.parse(SourceRecord.text(uri, uri, text));
  }

  @Test
  void takesTheItemsOfARunOfMarkedLinesWithTheKeysOfTheBareHeadlines() {
    Page p = scrape("a", "Rain fell all day.\n- Rail strike ends\n- Harbour tunnel opens\n© X");

    assertThat(ListedHeadlines.keys(p))
        .containsExactlyInAnyOrder(
            TextKey.of("Rail strike ends"), TextKey.of("Harbour tunnel opens"));
  }

  @Test
  void takesNoLoneMarkedLine() {
    Page p = scrape("a", "Rain fell all day.\n- Rail strike ends\nMore rain is due.");

    assertThat(ListedHeadlines.keys(p)).isEmpty();
  }

  @Test
  void leavesOutItemsThatEndAsSentences() {
    Page p = scrape("a", "Rain fell.\n- The strike ended on Monday.\n- Harbour tunnel opens");

    assertThat(ListedHeadlines.keys(p)).containsExactly(TextKey.of("Harbour tunnel opens"));
  }

  @Test
  void countsAListedHeadlineAsATitleOfItsPageForOtherPagesOnly() {
    Page lister = scrape("a", "Rain fell all day.\n- Rail strike ends\n- Harbour tunnel opens");
    Page story = scrape("b", "The rail strike ended on Monday.\nRail strike ends\nTrains run.");
    CorpusStatsBuilder census = new CorpusStatsBuilder();
    census.add(lister);
    census.add(story);

    assertThat(census.statsFor(story).of(1).titlePages()).isEqualTo(1);
    assertThat(census.statsFor(lister).of(1).titlePages()).isZero();
  }
}
