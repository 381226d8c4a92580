package org.winnow.jobs.dedup;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one dedup run did, in numbers: the only things the stage gathers on the driver.
 *
 * <pre>{@code
 * result.counters().verifiedEdges(); // 41_233
 * result.counters().asMap();         // {"docs": 60000, "candidate_pairs": 98123, ...}
 * }</pre>
 */
public record DedupCounters(
    long docs,
    long docsTooShort,
    long templateShingles,
    long buckets,
    long cappedBuckets,
    long crowdedBuckets,
    long candidatePairs,
    long exactEdges,
    long verifiedEdges,
    int rounds,
    long recheckedComponents,
    long splitOff,
    long clusters,
    long multiCopyClusters)
    implements Serializable {

  /** The counters by snake_case name, in declaration order: what a run report prints. */
  public Map<String, Long> asMap() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("docs", docs);
    m.put("docs_too_short", docsTooShort);
    m.put("template_shingles", templateShingles);
    m.put("buckets", buckets);
    m.put("capped_buckets", cappedBuckets);
    m.put("crowded_buckets", crowdedBuckets);
    m.put("candidate_pairs", candidatePairs);
    m.put("exact_edges", exactEdges);
    m.put("verified_edges", verifiedEdges);
    m.put("rounds", (long) rounds);
    m.put("rechecked_components", recheckedComponents);
    m.put("split_off", splitOff);
    m.put("clusters", clusters);
    m.put("multi_copy_clusters", multiCopyClusters);
    return m;
  }
}
