package org.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.model.Block;
import org.winnow.model.Page;

class CorpusStatsBuilderTest {
  private static Page page(String id, String host, String title, String... lines) {
    Block[] blocks = new Block[lines.length];
    for (int i = 0; i < lines.length; i++) blocks[i] = Block.line(i, lines[i]);
    return new Page(id, "src:" + id, null, host, title, null, null, "en", null, List.of(blocks));
  }

  @Test
  void countsPagesOfTheSameHostCarryingABlock() {
    CorpusStatsBuilder b = new CorpusStatsBuilder();
    Page a = page("a", "x.com", null, "Subscribe now", "Story A");
    Page c = page("c", "x.com", null, "subscribe NOW!", "Story C");
    Page d = page("d", "y.com", null, "Story D");
    List.of(a, c, d).forEach(b::add);
    CorpusStats s = b.statsFor(a);
    assertThat(s.hostPageCount()).isEqualTo(2);
    assertThat(s.of(0)).isEqualTo(new BlockStats(2, 1, 0, 2));
    assertThat(s.of(1)).isEqualTo(BlockStats.UNIQUE);
  }

  @Test
  void countsDistinctHostsCarryingABlock() {
    CorpusStatsBuilder b = new CorpusStatsBuilder();
    Page a = page("a", "x.com", null, "Wire paragraph");
    List.of(
            a,
            page("b", "y.com", null, "Wire paragraph"),
            page("c", "y.com", null, "Wire paragraph"))
        .forEach(b::add);
    assertThat(b.statsFor(a).of(0)).isEqualTo(new BlockStats(1, 2, 0, 3));
  }

  @Test
  void countsAllPagesCarryingABlockWhateverTheirHost() {
    CorpusStatsBuilder b = new CorpusStatsBuilder();
    Page a = page("a", "x.com", null, "Network note");
    List.of(
            a,
            page("b", "x.com", null, "Network note"),
            page("c", "y.com", null, "Network note"),
            page("d", "y.com", null, "Network note"),
            page("e", "y.com", null, "Other"))
        .forEach(b::add);
    BlockStats s = b.statsFor(a).of(0);
    assertThat(s.pages()).isEqualTo(4);
    assertThat(s.pagesPerHost()).isEqualTo(2.0);
  }

  @Test
  void countsOtherPagesWhoseTitleIsTheBlock() {
    CorpusStatsBuilder b = new CorpusStatsBuilder();
    Page a = page("a", "x.com", "Own title", "Own title", "Other story");
    Page c = page("c", "z.com", "Other story", "Body");
    List.of(a, c).forEach(b::add);
    CorpusStats s = b.statsFor(a);
    assertThat(s.of(0).titlePages()).isZero();
    assertThat(s.of(1).titlePages()).isEqualTo(1);
  }

  @Test
  void treatsAPageWithoutHostAsItsOwnHost() {
    CorpusStatsBuilder b = new CorpusStatsBuilder();
    Page a = page("a", null, null, "Same line");
    Page c = page("c", null, null, "Same line");
    List.of(a, c).forEach(b::add);
    CorpusStats s = b.statsFor(a);
    assertThat(s.hostPageCount()).isEqualTo(1);
    assertThat(s.of(0)).isEqualTo(new BlockStats(1, 2, 0, 2));
  }

  @Test
  void countsAPageAddedTwiceOnce() {
    CorpusStatsBuilder b = new CorpusStatsBuilder();
    Page a = page("a", "x.com", null, "Line");
    b.add(a);
    b.add(a);
    assertThat(b.statsFor(a).hostPageCount()).isEqualTo(1);
    assertThat(b.statsFor(a).of(0)).isEqualTo(BlockStats.UNIQUE);
  }

  @Test
  void ignoresBlocksWithoutWords() {
    CorpusStatsBuilder b = new CorpusStatsBuilder();
    Page a = page("a", "x.com", null, "***");
    Page c = page("c", "x.com", null, "***");
    List.of(a, c).forEach(b::add);
    assertThat(b.statsFor(a).byPosition()).isEmpty();
  }
}
