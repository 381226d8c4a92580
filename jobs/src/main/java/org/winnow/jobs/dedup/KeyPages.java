package org.winnow.jobs.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.winnow.jobs.stages.PartitionIndex;
import scala.Tuple2;

/**
 * Counts the pages carrying each 64-bit key over a whole RDD and keeps the keys found on enough of
 * them, in primitive arrays: each task tallies its own pages in an open-addressing table and sends
 * every reduce partition one packed block of (key, pages, pages needed), so millions of sightings
 * cross the shuffle as a few arrays rather than one boxed record each.
 *
 * <pre>{@code
 * // sightings: (k1, need 2), (k1, need 2), (k2, need 2) over any partitions
 * KeyPages.onEnoughPages(tallies, 8); // [k1]
 * }</pre>
 */
final class KeyPages {
  private KeyPages() {}

  /** The keys of {@code tallies} (one or more per partition) on enough pages, sorted. */
  static long[] onEnoughPages(JavaRDD<Tally> tallies, int parts) {
    List<long[]> found =
        tallies
            .flatMapToPair(t -> t.split(parts).iterator())
            .partitionBy(new PartitionIndex(parts))
            .values()
            .mapPartitions(
                blocks -> {
                  Tally all = new Tally();
                  blocks.forEachRemaining(all::addAll);
                  return List.of(all.onEnoughPages()).iterator();
                })
            .collect();
    int n = 0;
    for (long[] f : found) n += f.length;
    long[] keys = new long[n];
    int at = 0;
    for (long[] f : found) {
      System.arraycopy(f, 0, keys, at, f.length);
      at += f.length;
    }
    Arrays.sort(keys);
    return keys;
  }

  /** One reduce partition's share of a task's tally: parallel arrays, one entry per key. */
  record Block(long[] keys, int[] pages, int[] needs) implements Serializable {}

  /**
   * Pages per key and the most pages any sighting of the key needs, as an open-addressing table:
   * each slot is two longs side by side, the key and its (pages, need) packed, so a probe touches
   * one cache line where three parallel arrays would touch three (a slot is free while its pages
   * are 0).
   */
  static final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;
    private long[] slots = new long[2 * 1024];
    private int size;

    /** Counts one page carrying {@code key}, which needs {@code need} pages. */
    void add(long key, int need) {
      add(key, 1, need);
    }

    private void add(long key, int count, int need) {
      int mask = slots.length / 2 - 1;
      int i = slot(key, mask);
      while (slots[2 * i + 1] != 0 && slots[2 * i] != key) i = (i + 1) & mask;
      long tally = slots[2 * i + 1];
      if (tally == 0) {
        slots[2 * i] = key;
        size++;
      }
      slots[2 * i + 1] = packed(pages(tally) + count, Math.max(need(tally), need));
      if (4 * size > slots.length) grow();
    }

    private static long packed(int pages, int need) {
      return (long) pages << 32 | (need & 0xffffffffL);
    }

    private static int pages(long tally) {
      return (int) (tally >>> 32);
    }

    private static int need(long tally) {
      return (int) tally;
    }

    void addAll(Block b) {
      for (int i = 0; i < b.keys().length; i++) add(b.keys()[i], b.pages()[i], b.needs()[i]);
    }

    private static int slot(long key, int mask) {
      return (int) (key ^ (key >>> 32)) * 0x9E3779B9 >>> 7 & mask;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = 0;
      for (int i = 0; i < old.length; i += 2) {
        if (old[i + 1] != 0) add(old[i], pages(old[i + 1]), need(old[i + 1]));
      }
    }

    /** The tally cut into one block per reduce partition (by key). */
    List<Tuple2<Integer, Block>> split(int parts) {
      int[] counts = new int[parts];
      for (int i = 0; i < slots.length; i += 2) {
        if (slots[i + 1] != 0) counts[partition(slots[i], parts)]++;
      }
      long[][] k = new long[parts][];
      int[][] p = new int[parts][];
      int[][] n = new int[parts][];
      for (int t = 0; t < parts; t++) {
        k[t] = new long[counts[t]];
        p[t] = new int[counts[t]];
        n[t] = new int[counts[t]];
      }
      int[] at = new int[parts];
      for (int i = 0; i < slots.length; i += 2) {
        long tally = slots[i + 1];
        if (tally == 0) continue;
        int t = partition(slots[i], parts);
        k[t][at[t]] = slots[i];
        p[t][at[t]] = pages(tally);
        n[t][at[t]] = need(tally);
        at[t]++;
      }
      List<Tuple2<Integer, Block>> out = new ArrayList<>(parts);
      for (int t = 0; t < parts; t++) {
        if (counts[t] > 0) out.add(new Tuple2<>(t, new Block(k[t], p[t], n[t])));
      }
      return out;
    }

    private static int partition(long key, int parts) {
      return (int) Long.remainderUnsigned(key, parts);
    }

    /** The keys on at least as many pages as they need, in no order. */
    long[] onEnoughPages() {
      long[] out = new long[size];
      int n = 0;
      for (int i = 0; i < slots.length; i += 2) {
        long tally = slots[i + 1];
        if (tally != 0 && pages(tally) >= need(tally)) out[n++] = slots[i];
      }
      return Arrays.copyOf(out, n);
    }
  }

  /** A tally of every row of a partition, rows being (key, pages needed). */
  static Iterator<Tally> ofRows(Iterator<org.apache.spark.sql.Row> rows) {
    Tally t = new Tally();
    rows.forEachRemaining(r -> t.add(r.getLong(0), r.getInt(1)));
    return List.of(t).iterator();
  }
}
