package org.winnow.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well a clustering matches the truth: pairwise precision, recall and F1 over same-cluster
 * pairs, and the adjusted Rand index.
 *
 * <pre>{@code
 * ClusterMetrics m = ClusterMetrics.of(truth, predicted); // docId -> clusterId, same doc ids
 * m.precision(); m.recall(); m.f1(); m.adjustedRand();
 * }</pre>
 *
 * @param truePairs pairs together in both
 * @param predictedPairs pairs together in the prediction
 * @param truthPairs pairs together in the truth
 * @param totalPairs all pairs of documents
 */
public record ClusterMetrics(
    long truePairs, long predictedPairs, long truthPairs, long totalPairs) {

  /** Compares two assignments over the same documents. */
  public static ClusterMetrics of(Map<String, String> truth, Map<String, String> predicted) {
    if (!truth.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException(
          "truth has " + truth.size() + " docs, prediction " + predicted.size() + ", not the same");
    }
    Map<String, Long> a = new HashMap<>();
    Map<String, Long> b = new HashMap<>();
    Map<String, Long> ab = new HashMap<>();
    for (Map.Entry<String, String> e : truth.entrySet()) {
      String t = e.getValue();
      String p = Objects.requireNonNull(predicted.get(e.getKey()));
      a.merge(t, 1L, Long::sum);
      b.merge(p, 1L, Long::sum);
      ab.merge(t + '\u0000' + p, 1L, Long::sum);
    }
    long n = truth.size();
    return new ClusterMetrics(pairs(ab), pairs(b), pairs(a), n * (n - 1) / 2);
  }

  private static long pairs(Map<String, Long> counts) {
    long s = 0;
    for (long c : counts.values()) s += c * (c - 1) / 2;
    return s;
  }

  /** Share of predicted same-cluster pairs that are true; 1 when nothing was paired. */
  public double precision() {
    return predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
  }

  /** Share of true same-cluster pairs that were predicted; 1 when the truth has none. */
  public double recall() {
    return truthPairs == 0 ? 1 : (double) truePairs / truthPairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Hubert and Arabie's adjusted Rand index: 1 for identical clusterings, about 0 for random. */
  public double adjustedRand() {
    if (totalPairs == 0) return 1;
    double expected = (double) predictedPairs * truthPairs / totalPairs;
    double max = 0.5 * (predictedPairs + truthPairs);
    if (max == expected) return 1;
    return (truePairs - expected) / (max - expected);
  }

  @Override
  public String toString() {
    return String.format(
        "P=%.4f R=%.4f F1=%.4f ARI=%.4f", precision(), recall(), f1(), adjustedRand());
  }
}
