package org.winnow.jobs.stages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.Dependency;
import org.apache.spark.ShuffleDependency;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.apache.spark.storage.StorageLevel;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Keeps corpus-sized data sets between passes and, when asked ({@code run.local_checkpoint}), lets
 * go of what built them.
 *
 * <p>Why: Spark deletes a shuffle's files only once the driver no longer holds its dependency, and
 * an RDD holds the dependencies of everything it was built from for as long as it lives. The
 * documents' memberships come out of every dedup shuffle, so without a cut every shuffle of the run
 * stayed on local disk until the end (46 GB at 1M generated documents). A local checkpoint keeps
 * the cached blocks as they are and drops the lineage once a job has computed them; the shuffles
 * behind them are then deleted at the driver's next garbage collection ({@code
 * spark.cleaner.periodicGC.interval}). The price: a lost executor's blocks cannot be recomputed.
 */
public final class Lineage {
  private Lineage() {}

  /**
   * The local property that makes a job checkpoint every marked RDD it computed, not only the last
   * one on each path from its result (RDD.CHECKPOINT_ALL_MARKED_ANCESTORS).
   */
  static final String ALL_MARKED_ANCESTORS = "spark.checkpoint.checkpointAllMarkedAncestors";

  /**
   * {@code rdd} persisted at {@code level} and, when {@code checkpoint}, marked for a local one.
   */
  public static <T> JavaRDD<T> keep(JavaRDD<T> rdd, StorageLevel level, boolean checkpoint) {
    JavaRDD<T> kept = rdd.persist(level);
    if (checkpoint) kept.rdd().localCheckpoint();
    return kept;
  }

  /** {@link #keep(JavaRDD, StorageLevel, boolean)} of a pair RDD. */
  public static <K, V> JavaPairRDD<K, V> keep(
      JavaPairRDD<K, V> rdd, StorageLevel level, boolean checkpoint) {
    JavaPairRDD<K, V> kept = rdd.persist(level);
    if (checkpoint) kept.rdd().localCheckpoint();
    return kept;
  }

  /**
   * Makes the jobs this thread starts checkpoint every marked RDD they compute, so that a cached
   * set computed in the same job as a later marked one is cut too; returns the value it replaced,
   * for {@link #restore}.
   */
  public static String checkpointAllMarked(JavaSparkContext jsc) {
    String before = jsc.getLocalProperty(ALL_MARKED_ANCESTORS);
    jsc.setLocalProperty(ALL_MARKED_ANCESTORS, "true");
    return before;
  }

  /** Puts back the value {@link #checkpointAllMarked} replaced. */
  public static void restore(JavaSparkContext jsc, String before) {
    jsc.setLocalProperty(ALL_MARKED_ANCESTORS, before);
  }

  /**
   * The shuffles {@code rdd} is computed from, up to the persisted sets it reads (whose own
   * shuffles are not its to release): what {@link #release} may delete once {@code rdd} is kept and
   * checkpointed. Read before the job that checkpoints it, which cuts the lineage this walks.
   */
  public static int[] shufflesBehind(JavaRDD<?> rdd) {
    List<Integer> ids = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    List<RDD<?>> todo = new ArrayList<>();
    for (Dependency<?> d : CollectionConverters.asJava(rdd.rdd().dependencies())) {
      todo.add(d.rdd());
      if (d instanceof ShuffleDependency<?, ?, ?> s) ids.add(s.shuffleId());
    }
    while (!todo.isEmpty()) {
      RDD<?> r = todo.remove(todo.size() - 1);
      if (!seen.add(r.id()) || r.getStorageLevel() != StorageLevel.NONE()) continue;
      for (Dependency<?> d : CollectionConverters.asJava(r.dependencies())) {
        todo.add(d.rdd());
        if (d instanceof ShuffleDependency<?, ?, ?> s) ids.add(s.shuffleId());
      }
    }
    return ids.stream().mapToInt(Integer::intValue).distinct().toArray();
  }

  /**
   * Deletes the files of {@code shuffles} now, rather than at the driver's next garbage collection:
   * for shuffles behind a set that is kept and locally checkpointed, which nothing reads again.
   * Never call it for a set whose lineage stays (it would be recomputed from a shuffle that is
   * gone).
   */
  public static void release(JavaSparkContext jsc, int[] shuffles) {
    if (jsc.sc().cleaner().isEmpty()) return;
    for (int id : shuffles) jsc.sc().cleaner().get().doCleanupShuffle(id, true);
  }
}
