package org.winnow.jobs.stages;

import java.util.Arrays;

/**
 * A map from non-zero {@code long} keys to values, open addressed: what a partition looks its
 * pages' text keys up in, without a boxed {@code Long} and a map entry per key.
 *
 * <pre>{@code
 * LongMap<String> m = new LongMap<>(); m.put(42L, "x"); m.get(42L) -> "x"; m.get(7L) -> null
 * }</pre>
 */
final class LongMap<V> {
  private long[] keys = new long[16];
  private Object[] values = new Object[16];
  private int size;

  /** Maps {@code key} (not 0) to {@code value}, replacing what it mapped to. */
  void put(long key, V value) {
    if (key == 0) throw new IllegalArgumentException("key 0 is the empty slot");
    if (2 * (size + 1) > keys.length) grow();
    int at = slot(key);
    if (keys[at] == 0) {
      keys[at] = key;
      size++;
    }
    values[at] = value;
  }

  /** The value of {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(long key) {
    if (key == 0) return null;
    int at = slot(key);
    return keys[at] == 0 ? null : (V) values[at];
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    // text keys are hashes already; the mix spreads keys that differ only in their high bits
    int at = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
    while (keys[at] != 0 && keys[at] != key) at = (at + 1) & mask;
    return at;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int at = slot(oldKeys[i]);
        keys[at] = oldKeys[i];
        values[at] = oldValues[i];
      }
    }
    Arrays.fill(oldValues, null);
  }
}
