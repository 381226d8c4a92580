package org.winnow.jobs.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.winnow.dedup.ClusterMetrics;
import org.winnow.dedup.CopyFacts;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.StoryCluster;
import org.winnow.dedup.SyntheticCopies;
import org.winnow.jobs.TestSpark;
import org.winnow.settings.Settings;

class DedupStageCorpusTest {
  private static SyntheticCopies.Corpus corpus;
  private static DedupResult result;
  private static List<DocMembership> memberships;

  @BeforeAll
  static void runOnce() {
    corpus = SyntheticCopies.generate(7, 3000);
    JavaSparkContext jsc = TestSpark.context();
    result =
        new DedupStage(Settings.of(java.util.Map.of("dedup.giant_component", "2")))
            .run(jsc.parallelize(corpus.docs(), 3));
    memberships = result.memberships().collect();
  }

  private static Map<String, String> predicted(List<DocMembership> ms) {
    return ms.stream().collect(Collectors.toMap(DocMembership::docId, DocMembership::clusterId));
  }

  @Test
  void findsTheSyntheticStoriesWithHighPrecisionAndRecall() {
    ClusterMetrics m = ClusterMetrics.of(corpus.truth(), predicted(memberships));
    System.out.println("synthetic 3000: " + m + " " + result.counters().asMap());
    assertThat(m.precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(m.recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(m.adjustedRand()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void placesEveryDocumentInExactlyOneCluster() {
    assertThat(memberships).hasSize(corpus.docs().size());
    assertThat(memberships.stream().map(DocMembership::docId).distinct().count())
        .isEqualTo(corpus.docs().size());
    List<StoryCluster> clusters = result.clusters().collect();
    assertThat(clusters.stream().mapToInt(StoryCluster::size).sum())
        .isEqualTo(corpus.docs().size());
  }

  @Test
  void givesTheSameResultWhateverThePartitioningAndOrder() {
    List<CopyFacts> shuffled = new ArrayList<>(corpus.docs());
    Collections.shuffle(shuffled, new Random(3));
    JavaSparkContext jsc = TestSpark.context();
    DedupStage stage = new DedupStage(Settings.defaults());
    List<DocMembership> one =
        sorted(stage.run(jsc.parallelize(shuffled, 1)).memberships().collect());
    List<DocMembership> seven =
        sorted(stage.run(jsc.parallelize(corpus.docs(), 7)).memberships().collect());
    assertThat(one).isEqualTo(seven).isEqualTo(sorted(memberships));
  }

  @Test
  void joinsTheSameStoriesInDistributedRoundsAsOnTheDriver() {
    JavaSparkContext jsc = TestSpark.context();
    Map<String, String> distributed =
        Map.of("dedup.giant_component", "2", "dedup.driver_edges", "0");

    DedupResult rounds =
        new DedupStage(Settings.of(distributed)).run(jsc.parallelize(corpus.docs(), 3));

    assertThat(rounds.counters().asMap().get("rounds")).isGreaterThan(0L);
    assertThat(sorted(rounds.memberships().collect())).isEqualTo(sorted(memberships));
  }

  @Test
  void verifiesInSlicesOfPartitionsWithTheSameResult() {
    JavaSparkContext jsc = TestSpark.context();
    Map<String, String> sliced =
        Map.of("dedup.giant_component", "2", "dedup.verify_slice_pairs", "1");

    DedupResult r = new DedupStage(Settings.of(sliced)).run(jsc.parallelize(corpus.docs(), 3));

    assertThat(sorted(r.memberships().collect())).isEqualTo(sorted(memberships));
    assertThat(r.counters().asMap().get("candidate_pairs"))
        .isEqualTo(result.counters().asMap().get("candidate_pairs"));
  }

  private static List<DocMembership> sorted(List<DocMembership> ms) {
    List<DocMembership> s = new ArrayList<>(ms);
    s.sort((a, b) -> a.docId().compareTo(b.docId()));
    return s;
  }
}
