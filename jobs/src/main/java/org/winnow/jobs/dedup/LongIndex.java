package org.winnow.jobs.dedup;

import java.util.Arrays;

/**
 * Distinct longs numbered 0, 1, 2, ... in the order they were first added: an open-addressing table
 * of primitive keys, where a {@code HashMap<Long, Integer>} would box every key and value.
 *
 * <pre>{@code
 * LongIndex i = new LongIndex();
 * i.add(42); // 0
 * i.add(7);  // 1
 * i.add(42); // 0
 * i.indexOf(7); // 1; indexOf(5) -> -1
 * }</pre>
 */
public final class LongIndex {
  private long[] keys = new long[16];
  private int size;
  private long[] slotKey = new long[32];
  private int[] slotIndex = filled(32);

  /** The number of {@code key}, numbering it next when it is new. */
  public int add(long key) {
    int mask = slotIndex.length - 1;
    int s = slot(key, mask);
    while (slotIndex[s] >= 0) {
      if (slotKey[s] == key) return slotIndex[s];
      s = (s + 1) & mask;
    }
    if (size == keys.length) keys = Arrays.copyOf(keys, 2 * size);
    keys[size] = key;
    slotKey[s] = key;
    slotIndex[s] = size;
    size++;
    if (2 * size > slotIndex.length) rehash();
    return size - 1;
  }

  /** The number of {@code key}, or -1 when it was never added. */
  public int indexOf(long key) {
    int mask = slotIndex.length - 1;
    for (int s = slot(key, mask); slotIndex[s] >= 0; s = (s + 1) & mask) {
      if (slotKey[s] == key) return slotIndex[s];
    }
    return -1;
  }

  /** The key numbered {@code i}. */
  public long key(int i) {
    return keys[i];
  }

  /** How many distinct keys were added. */
  public int size() {
    return size;
  }

  private void rehash() {
    int cap = 2 * slotIndex.length;
    slotKey = new long[cap];
    slotIndex = filled(cap);
    int mask = cap - 1;
    for (int i = 0; i < size; i++) {
      int s = slot(keys[i], mask);
      while (slotIndex[s] >= 0) s = (s + 1) & mask;
      slotKey[s] = keys[i];
      slotIndex[s] = i;
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
