package org.winnow.jobs.dedup;

import org.apache.spark.Partitioner;
import org.winnow.dedup.DocKeys;

/**
 * Places documents keyed by {@link DocKeys} where a {@link org.apache.spark.HashPartitioner} of as
 * many partitions placed them keyed by their ids' strings: the same partitions hold the same
 * documents, and every set the stage lines up with its documents must use it.
 *
 * <pre>{@code
 * new DocPartitioner(8).getPartition(DocKeys.of(id)) == new HashPartitioner(8).getPartition(id)
 * }</pre>
 */
final class DocPartitioner extends Partitioner {
  private static final long serialVersionUID = 1L;
  private final int partitions;

  DocPartitioner(int partitions) {
    if (partitions < 1) throw new IllegalArgumentException("partitions must be positive");
    this.partitions = partitions;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return of((Long) key);
  }

  /** The partition of the document keyed {@code key}. */
  int of(long key) {
    return Math.floorMod(DocKeys.partitionHash(key), partitions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocPartitioner p && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions;
  }
}
