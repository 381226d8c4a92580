package org.winnow.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brief stories and outlets' own prose ({@link Variety}). */
class VarietyTest {
  private static final CorpusSpec SPEC =
      CorpusSpec.of(400, 21)
          .withFormats(List.of(Format.TXT))
          .withLanguages(List.of(Language.EN))
          .withOutletsPerLanguage(40)
          .withFlatText(true)
          .withVariety(Variety.NONE.withBriefStories(0.25).withOutletProse(true));

  private static List<Article> articles(CorpusSpec spec) {
    List<Article> out = new ArrayList<>();
    for (Iterator<Article> it = CorpusGenerator.articles(spec); it.hasNext(); ) out.add(it.next());
    return out;
  }

  @Test
  void tellsAboutTheAskedShareOfStoriesInOneToThreeParagraphs() {
    Map<String, Integer> paragraphsByStory = new HashMap<>();
    for (Article a : articles(SPEC)) {
      paragraphsByStory.put(a.story().id(), a.story().paragraphs().size());
    }
    long briefs = paragraphsByStory.values().stream().filter(n -> n <= 3).count();
    long withoutVariety =
        articles(SPEC.withVariety(Variety.NONE)).stream()
            .map(Article::story)
            .distinct()
            .filter(s -> s.paragraphs().size() <= 3)
            .count();
    assertThat(briefs - withoutVariety)
        .isBetween(paragraphsByStory.size() / 6L, paragraphsByStory.size() / 3L);
  }

  @Test
  void endsABriefOnItsTextNeverOnASubHeading() {
    Bodies bodies =
        Bodies.of(
            List.of(
                Bodies.body("Rain closes roads", "Heavy rain closed roads on Monday.\nWhat next"),
                Bodies.body("Dock strike ends", "The dock strike ended.\nTalks\nPay rises 4%.")));
    CorpusSpec spec =
        CorpusSpec.of(2, 3)
            .withFormats(List.of(Format.TXT))
            .withLanguages(List.of(Language.EN))
            .withMaxOutlets(1)
            .withBodies(bodies)
            .withVariety(Variety.NONE.withBriefStories(1));
    for (Article a : articles(spec)) {
      List<Story.Paragraph> ps = a.story().paragraphs();
      assertThat(ps.get(ps.size() - 1).heading()).isFalse();
    }
  }

  @Test
  void namesEachOutletInItsOwnProseAndShowsItOnItsPages() {
    Map<String, List<String>> proseByOutlet = new HashMap<>();
    int pages = 0;
    for (Article a : articles(SPEC)) {
      if (!a.outlet().scrape().legal()) continue;
      List<String> lines = CorpusGenerator.blocks(a).stream().map(TruthBlock::text).toList();
      assertThat(lines).containsAll(a.outlet().legal());
      proseByOutlet.put(a.outlet().name() + "|" + a.outlet().host(), a.outlet().legal());
      pages++;
    }
    assertThat(pages).isGreaterThan(200);
    proseByOutlet.forEach(
        (outlet, prose) -> {
          String name = outlet.substring(0, outlet.indexOf('|'));
          assertThat(prose).isNotEmpty().anyMatch(t -> t.contains(name));
        });
  }

  @Test
  void placesOutletsProseAboveTheStoryBeforeTheRelatedListOrAtTheEnd() {
    Set<Outlet.ProsePlace> places = EnumSet.noneOf(Outlet.ProsePlace.class);
    for (Article a : articles(SPEC)) {
      if (!a.outlet().scrape().legal() || a.outlet().legal().isEmpty()) continue;
      List<TruthBlock> blocks = CorpusGenerator.blocks(a);
      int prose = -1;
      int firstBody = -1;
      int lastRelated = -1;
      for (int i = 0; i < blocks.size(); i++) {
        TruthBlock b = blocks.get(i);
        if (b.text().equals(a.outlet().legal().get(0))) prose = i;
        if (firstBody < 0 && b.kind() == TruthBlock.Kind.BODY) firstBody = i;
        if (b.kind() == TruthBlock.Kind.RELATED) lastRelated = i;
      }
      places.add(a.outlet().prosePlace());
      switch (a.outlet().prosePlace()) {
        case ABOVE_STORY -> assertThat(prose).isLessThan(firstBody);
        case BEFORE_RELATED -> assertThat(prose).isGreaterThan(firstBody);
        case END -> assertThat(prose).isGreaterThan(Math.max(firstBody, lastRelated));
      }
    }
    assertThat(places).containsExactlyInAnyOrder(Outlet.ProsePlace.values());
  }

  @Test
  void readsBackTheVarietyFromTheSummary(@TempDir Path dir) throws Exception {
    CorpusSpec small = SPEC.withFormats(List.of(Format.TXT, Format.JSONL));
    CorpusGenerator.write(small.withBadRecords(false), dir);
    assertThat(CorpusGenerator.specOf(dir.resolve("truth/summary.json")).variety())
        .isEqualTo(SPEC.variety());
  }

  @Test
  void rejectsABriefShareOutsideZeroToOne() {
    assertThatThrownBy(() -> Variety.NONE.withBriefStories(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("brief stories");
  }
}
