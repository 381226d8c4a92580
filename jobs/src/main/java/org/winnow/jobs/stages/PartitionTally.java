package org.winnow.jobs.stages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.winnow.classify.Verdict;

/**
 * What one pass over a partition of classified pages tells the rest of the job: the documents the
 * partition holds (where their story memberships must be sent) and its paragraphs counted by label
 * and kind (for the run report). Taking both in the pass that fills the cache of classified pages
 * spares a pass over every page for each.
 *
 * <pre>{@code
 * partition 3 holding page d1 (content:body, noise:nav) and d2 (content:body)
 *   -> PartitionTally(3, [d1, d2], {content:body=2, noise:nav=1})
 * }</pre>
 *
 * @param partition the partition of the pages
 * @param docIds their document ids, in partition order
 * @param labelCounts paragraphs by {@code label:kind}
 */
public record PartitionTally(int partition, List<String> docIds, Map<String, Long> labelCounts)
    implements Serializable {
  public PartitionTally {
    docIds = List.copyOf(docIds);
    labelCounts = Map.copyOf(labelCounts);
  }

  /** The tally of the pages of partition {@code partition}, read once. */
  public static PartitionTally of(int partition, Iterator<ClassifiedPage> pages) {
    List<String> ids = new ArrayList<>();
    Map<String, Long> counts = new TreeMap<>();
    while (pages.hasNext()) {
      ClassifiedPage c = pages.next();
      ids.add(c.page().docId());
      for (Verdict v : c.verdicts()) counts.merge(labelKey(v), 1L, Long::sum);
    }
    return new PartitionTally(partition, ids, counts);
  }

  /** The key a paragraph is counted under: {@code label:kind}. */
  public static String labelKey(Verdict v) {
    return v.label().value() + ":" + v.kind();
  }

  /**
   * Two maps of counts added up: the label counts of two tallies (the partition and documents are
   * not kept), or the item counts of two {@link ReadTally}s.
   */
  public static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
    Map<String, Long> out = new TreeMap<>(a);
    b.forEach((k, v) -> out.merge(k, v, Long::sum));
    return out;
  }
}
