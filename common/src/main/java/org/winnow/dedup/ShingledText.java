package org.winnow.dedup;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The shingles of a document's content in reading order, each tagged with the paragraph it starts
 * in, and the exact key of the whole normalised content.
 *
 * <pre>{@code
 * ShingledText t = shingler.shingle(List.of("a b c d e", "f g"));
 * t.size();          // 4 shingles of 4 words: "a b c d", "b c d e", "c d e f", "d e f g"
 * t.paragraphOf(3);  // 0: "d e f g" starts in the first paragraph
 * }</pre>
 */
public final class ShingledText implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] hashes;
  private final int[] paragraphOf;
  private final long exactKey;

  ShingledText(long[] hashes, int[] paragraphOf, long exactKey) {
    if (hashes.length != paragraphOf.length) {
      throw new IllegalArgumentException("one paragraph index per shingle");
    }
    this.hashes = hashes;
    this.paragraphOf = paragraphOf;
    this.exactKey = exactKey;
  }

  /** Shingles in reading order (repeats kept). */
  public int size() {
    return hashes.length;
  }

  public long hash(int i) {
    return hashes[i];
  }

  /** The index (in the document's content paragraph list) where shingle {@code i} starts. */
  public int paragraphOf(int i) {
    return paragraphOf[i];
  }

  /** XXH3 of the whole normalised content; 0 for empty content. */
  public long exactKey() {
    return exactKey;
  }

  /** The distinct shingle hashes, sorted: the set every similarity is computed on. */
  public long[] set() {
    return ShingleSets.of(hashes);
  }

  /**
   * The distinct shingles of the text's lead: its first paragraphs, up to and including the one in
   * which {@code minShingles} shingles are reached (so a short dateline or byline line the
   * classifier kept does not stand for the lead on its own), sorted.
   */
  public long[] lead(int minShingles) {
    if (minShingles <= 0) return new long[0];
    int end = 0;
    while (end < hashes.length && (end < minShingles || paragraphOf[end] == paragraphOf[end - 1])) {
      end++;
    }
    return ShingleSets.of(Arrays.copyOf(hashes, end));
  }

  /** The same text without the shingles at the indices set in {@code drop}. */
  public ShingledText withoutIndices(java.util.BitSet drop) {
    if (drop.isEmpty()) return this;
    int n = 0;
    long[] h = new long[hashes.length];
    int[] p = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      if (!drop.get(i)) {
        h[n] = hashes[i];
        p[n] = paragraphOf[i];
        n++;
      }
    }
    return new ShingledText(Arrays.copyOf(h, n), Arrays.copyOf(p, n), exactKey);
  }

  /** The same text without the shingles {@code drop} rejects (template shingles). */
  public ShingledText without(java.util.function.LongPredicate drop) {
    int n = 0;
    long[] h = new long[hashes.length];
    int[] p = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      if (!drop.test(hashes[i])) {
        h[n] = hashes[i];
        p[n] = paragraphOf[i];
        n++;
      }
    }
    return n == hashes.length
        ? this
        : new ShingledText(Arrays.copyOf(h, n), Arrays.copyOf(p, n), exactKey);
  }
}
