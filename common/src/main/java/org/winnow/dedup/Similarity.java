package org.winnow.dedup;

import java.io.Serializable;

/**
 * Exact overlap of two shingle sets and the ratios derived from it.
 *
 * <pre>{@code
 * Similarity s = Similarity.of(brief, full); // brief: 60 shingles, all in full's 600
 * s.jaccard();      // 0.1
 * s.containment();  // 1.0: the shorter copy is entirely inside the longer one
 * s.coverage();     // 0.1: the share of the longer copy it explains
 * }</pre>
 *
 * @param shared |A ∩ B|
 * @param sizeA |A|
 * @param sizeB |B|
 */
public record Similarity(int shared, int sizeA, int sizeB) implements Serializable {
  public Similarity {
    if (shared < 0 || shared > Math.min(sizeA, sizeB)) {
      throw new IllegalArgumentException(shared + " shared of " + sizeA + " and " + sizeB);
    }
  }

  /** The similarity of two sorted distinct shingle arrays. */
  public static Similarity of(long[] a, long[] b) {
    return new Similarity(ShingleSets.intersection(a, b), a.length, b.length);
  }

  /** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
  public double jaccard() {
    int union = sizeA + sizeB - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** |A ∩ B| / min(|A|, |B|): how much of the shorter copy the longer one holds. */
  public double containment() {
    int min = Math.min(sizeA, sizeB);
    return min == 0 ? 0 : (double) shared / min;
  }

  /** |A ∩ B| / max(|A|, |B|): how much of the longer copy the shorter one explains. */
  public double coverage() {
    int max = Math.max(sizeA, sizeB);
    return max == 0 ? 0 : (double) shared / max;
  }

  /** min(|A|, |B|) / max(|A|, |B|). */
  public double lengthRatio() {
    int max = Math.max(sizeA, sizeB);
    return max == 0 ? 0 : (double) Math.min(sizeA, sizeB) / max;
  }
}
