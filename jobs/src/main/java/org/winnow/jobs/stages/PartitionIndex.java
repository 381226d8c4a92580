package org.winnow.jobs.stages;

import org.apache.spark.Partitioner;

/**
 * Sends a record keyed by a partition number to that partition: the way facts computed in a shuffle
 * come back to the partition of the page they belong to, so that pages themselves are never
 * shuffled (they are zipped with their facts instead), and the way dedup's probes reach the
 * partition of the partners they are verified against.
 */
public final class PartitionIndex extends Partitioner {
  private static final long serialVersionUID = 1L;

  private final int partitions;

  public PartitionIndex(int partitions) {
    this.partitions = partitions;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return (Integer) key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartitionIndex p && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions;
  }
}
