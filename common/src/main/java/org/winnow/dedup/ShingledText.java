package org.winnow.dedup;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The shingles of a document's content in reading order, each tagged with the paragraph it starts
 * in and with the figures it holds, and the exact key of the whole normalised content.
 *
 * <p>Why figures beside the hashes: shingles fold every number to one token (an updated version of
 * a story, its toll or count revised, still shares its sentences), so stock sentences of news
 * writing that differ only in their figures ("a poll of 5,000 people ... 40 percent") share them
 * too. A copy keeps the story's figures verbatim, so {@link Alignment} ends a run where the figures
 * disagree.
 *
 * <pre>{@code
 * ShingledText t = shingler.shingle(List.of("a b c d e", "f g"));
 * t.size();          // 4 shingles of 4 words: "a b c d", "b c d e", "c d e f", "d e f g"
 * t.paragraphOf(3);  // 0: "d e f g" starts in the first paragraph
 * t.figures(0);      // 0: no number in "a b c d"
 * }</pre>
 */
public final class ShingledText implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] hashes;
  private final int[] paragraphOf;
  private final int[] figures;
  private final long exactKey;

  /** A text whose figures are unknown (every {@link #figures} 0). */
  ShingledText(long[] hashes, int[] paragraphOf, long exactKey) {
    this(hashes, paragraphOf, new int[hashes.length], exactKey);
  }

  /**
   * A text of these shingles, as {@link Shingler} made it (the arrays are kept, not copied): for a
   * serializer that took one apart.
   */
  public static ShingledText of(long[] hashes, int[] paragraphOf, int[] figures, long exactKey) {
    return new ShingledText(hashes, paragraphOf, figures, exactKey);
  }

  ShingledText(long[] hashes, int[] paragraphOf, int[] figures, long exactKey) {
    if (hashes.length != paragraphOf.length || hashes.length != figures.length) {
      throw new IllegalArgumentException("one paragraph index and one figures hash per shingle");
    }
    this.hashes = hashes;
    this.paragraphOf = paragraphOf;
    this.figures = figures;
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

  /**
   * A hash of the numbers shingle {@code i} holds, as written (digits only): 0 when it holds none.
   * Two shingles with the same hash whose figures both are non-zero and differ hold different
   * numbers at the same places.
   */
  public int figures(int i) {
    return figures[i];
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
    int[] f = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      if (!drop.get(i)) {
        h[n] = hashes[i];
        p[n] = paragraphOf[i];
        f[n] = figures[i];
        n++;
      }
    }
    return new ShingledText(
        Arrays.copyOf(h, n), Arrays.copyOf(p, n), Arrays.copyOf(f, n), exactKey);
  }

  /** The same text without the shingles {@code drop} rejects (template shingles). */
  public ShingledText without(java.util.function.LongPredicate drop) {
    int n = 0;
    long[] h = new long[hashes.length];
    int[] p = new int[hashes.length];
    int[] f = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      if (!drop.test(hashes[i])) {
        h[n] = hashes[i];
        p[n] = paragraphOf[i];
        f[n] = figures[i];
        n++;
      }
    }
    return n == hashes.length
        ? this
        : new ShingledText(Arrays.copyOf(h, n), Arrays.copyOf(p, n), Arrays.copyOf(f, n), exactKey);
  }
}
