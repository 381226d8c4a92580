package org.winnow.jobs.stages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one partition of the parsed pages holds, kept past classification: its documents in
 * partition order (where their story memberships must be sent, since classified pages keep their
 * partition and order) and its items counted by kind (for the run report). Taken from the {@link
 * ReadTally} of the pass that fills the cache of parsed pages, so that no pass reads the classified
 * pages back for their ids.
 *
 * <pre>{@code
 * partition 3 holding pages d1, d2 and a record skipped as not_html
 *   -> PartitionTally(3, [d1, d2], {page\twarc=2, skip\tnot_html=1})
 * }</pre>
 *
 * @param partition the partition of the pages
 * @param docIds their document ids, in partition order
 * @param itemCounts the partition's items by {@code page\tFORMAT}, {@code reject\tREASON} or {@code
 *     skip\tREASON}
 */
public record PartitionTally(int partition, List<String> docIds, Map<String, Long> itemCounts)
    implements Serializable {
  public PartitionTally {
    docIds = List.copyOf(docIds);
    itemCounts = Map.copyOf(itemCounts);
  }

  /** The tally of partition {@code partition}, from what the read pass took of it. */
  public static PartitionTally of(int partition, ReadTally read) {
    return new PartitionTally(partition, read.docIds(), read.itemCounts());
  }

  /**
   * Two maps of counts added up: the item counts of two tallies, or the label counts of two
   * partitions ({@link LabelCounts}).
   */
  public static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
    Map<String, Long> out = new TreeMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, Long::sum));
    return out;
  }
}
