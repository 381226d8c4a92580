package org.winnow.dedup;

import java.io.Serializable;

/**
 * A sorted set of distinct 64-bit hashes ({@link ShingleSets}) with a hash table beside it, for
 * looking many hashes up in one set: each look-up is one or two probes of a small table where a
 * binary search of the sorted array takes a dozen unpredictable steps.
 *
 * <pre>{@code
 * SetIndex ix = SetIndex.of(new long[] {-7, 3, 42});
 * ix.indexOf(42); // 2
 * ix.indexOf(5);  // -1
 * }</pre>
 *
 * <p>Built in one pass over the set, it pays off from a handful of look-ups per element of the set
 * (a text's shingles in its own set, a copy's shingles in its canonical copy's set, every page's
 * keys in the run's template keys).
 */
public final class SetIndex implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fibonacci hashing's multiplier: spreads any key's bits over the top bits of the product. */
  private static final long SPREAD = 0x9E3779B97F4A7C15L;

  private final long[] set;

  /** Per slot, the index in {@link #set} plus one of the hash seated there; 0: empty. */
  private final int[] slots;

  private final int shift;

  private SetIndex(long[] set, int[] slots, int shift) {
    this.set = set;
    this.slots = slots;
    this.shift = shift;
  }

  /** The index of {@code set}, sorted and distinct; the array is kept, not copied. */
  public static SetIndex of(long[] set) {
    // at most half full, so that a miss ends at an empty slot after about two probes
    int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(Math.max(1, set.length)));
    int[] slots = new int[1 << bits];
    int shift = 64 - bits;
    int mask = slots.length - 1;
    for (int i = 0; i < set.length; i++) {
      int s = (int) ((set[i] * SPREAD) >>> shift);
      while (slots[s] != 0) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
    return new SetIndex(set, slots, shift);
  }

  /** The index of {@code hash} in the sorted set, or -1 when it is not in it. */
  public int indexOf(long hash) {
    int mask = slots.length - 1;
    int s = (int) ((hash * SPREAD) >>> shift);
    for (int at; (at = slots[s]) != 0; s = (s + 1) & mask) {
      if (set[at - 1] == hash) return at - 1;
    }
    return -1;
  }

  /** Whether {@code hash} is in the set. */
  public boolean contains(long hash) {
    return indexOf(hash) >= 0;
  }

  /** How many hashes the set holds. */
  public int size() {
    return set.length;
  }
}
