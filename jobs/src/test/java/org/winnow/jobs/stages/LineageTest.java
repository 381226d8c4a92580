package org.winnow.jobs.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.MapOutputTrackerMaster;
import org.apache.spark.ShuffleDependency;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.winnow.jobs.TestSpark;
import scala.Tuple2;

class LineageTest {

  private static JavaPairRDD<Integer, Integer> shuffled() {
    return TestSpark.context()
        .parallelize(List.of(1, 2, 3, 4, 5, 6), 3)
        .mapToPair(i -> new Tuple2<>(i % 2, i))
        .partitionBy(new HashPartitioner(2))
        .mapValues(i -> i * 10);
  }

  /** Whether a shuffle is among the RDDs {@code rdd} depends on, however far back. */
  private static boolean dependsOnAShuffle(RDD<?> rdd) {
    for (var d : scala.jdk.javaapi.CollectionConverters.asJava(rdd.dependencies())) {
      if (d instanceof ShuffleDependency<?, ?, ?> || dependsOnAShuffle(d.rdd())) return true;
    }
    return false;
  }

  @Test
  void aCheckpointedSetLetsGoOfTheShuffleThatBuiltItOnceComputed() {
    JavaPairRDD<Integer, Integer> kept = Lineage.keep(shuffled(), StorageLevel.DISK_ONLY(), true);
    assertThat(dependsOnAShuffle(kept.rdd())).isTrue();
    assertThat(kept.count()).isEqualTo(6);
    assertThat(dependsOnAShuffle(kept.rdd())).isFalse();
    assertThat(kept.values().collect()).containsExactlyInAnyOrder(10, 20, 30, 40, 50, 60);
    kept.unpersist();
  }

  @Test
  void aSetKeptWithoutCheckpointHoldsItsLineage() {
    JavaPairRDD<Integer, Integer> kept = Lineage.keep(shuffled(), StorageLevel.DISK_ONLY(), false);
    assertThat(kept.count()).isEqualTo(6);
    assertThat(dependsOnAShuffle(kept.rdd())).isTrue();
    kept.unpersist();
  }

  @Test
  void aJobCutsEveryCheckpointedSetItComputedWhenAskedTo() {
    JavaSparkContext jsc = TestSpark.context();
    String before = Lineage.checkpointAllMarked(jsc);
    try {
      JavaPairRDD<Integer, Integer> first =
          Lineage.keep(shuffled(), StorageLevel.DISK_ONLY(), true);
      JavaPairRDD<Integer, Integer> second =
          Lineage.keep(first.partitionBy(new HashPartitioner(3)), StorageLevel.DISK_ONLY(), true);
      assertThat(second.count()).isEqualTo(6);
      assertThat(dependsOnAShuffle(first.rdd())).isFalse();
      second.unpersist();
      first.unpersist();
    } finally {
      Lineage.restore(jsc, before);
    }
    assertThat(jsc.getLocalProperty(Lineage.ALL_MARKED_ANCESTORS)).isEqualTo(before);
  }

  @Test
  void releasesTheShufflesBehindACheckpointedSetButNotThoseBehindTheSetsItReads() {
    JavaSparkContext jsc = TestSpark.context();
    JavaPairRDD<Integer, Integer> read = Lineage.keep(shuffled(), StorageLevel.DISK_ONLY(), true);
    JavaPairRDD<Integer, Integer> kept =
        Lineage.keep(read.partitionBy(new HashPartitioner(3)), StorageLevel.DISK_ONLY(), true);
    int[] behind = Lineage.shufflesBehind(kept.rdd().toJavaRDD());
    int own =
        kept.rdd().dependencies().head() instanceof ShuffleDependency<?, ?, ?> s
            ? s.shuffleId()
            : -1;
    assertThat(behind).containsExactly(own);

    assertThat(kept.count()).isEqualTo(6);
    MapOutputTrackerMaster shuffles = (MapOutputTrackerMaster) SparkEnv.get().mapOutputTracker();
    assertThat(shuffles.containsShuffle(own)).isTrue();
    Lineage.release(jsc, behind);
    assertThat(shuffles.containsShuffle(own)).isFalse();

    assertThat(kept.values().collect()).containsExactlyInAnyOrder(10, 20, 30, 40, 50, 60);
    kept.unpersist();
    read.unpersist();
  }
}
