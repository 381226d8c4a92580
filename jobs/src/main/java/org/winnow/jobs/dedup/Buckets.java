package org.winnow.jobs.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scala.Tuple2;

/**
 * Gathers documents by LSH band key and by exact-content key in one shuffle of packed blocks, and
 * turns each gathering into candidate pairs and exact edges where it lands.
 *
 * <p>Each map task sends every reduce partition one {@link Block}: the ids and sizes of its
 * documents with a key there, and parallel arrays of (key, document) seats, so a document's id
 * crosses the shuffle once per reduce partition rather than once per band key. A reduce task chains
 * the seats of each key in an open-addressing table and reads every bucket off it ({@link
 * DedupStage.Bucket} pairs them), and every group of identical texts ({@link #gather}).
 *
 * <pre>{@code
 * // docs a (keys 5, 9, exact 1), b (keys 5, 7, exact 1) -> bucket 5 = {a, b}: pair (a, b);
 * // exact group 1 = {a, b}: edge (a, b)
 * }</pre>
 */
final class Buckets {
  private Buckets() {}

  /** One map task's seats for one reduce partition; {@code *Doc} index {@code docs}. */
  record Block(
      String[] docs, int[] sizes, long[] bandKeys, int[] bandDoc, long[] exactKeys, int[] exactDoc)
      implements Serializable {}

  /**
   * What one reduce task found: each document's candidate partners there (larger ids, distinct),
   * the star edges of its exact groups, how many buckets it held, skipped as too large and paired
   * sparingly as crowded, and the pairs its buckets gave by size class ({@code pairsBySize[c]}:
   * buckets of 2^c to 2^(c+1) - 1 members, pairs counted before they are merged).
   */
  record Gathered(
      String[] docs,
      String[][] partners,
      String[] exactFrom,
      String[] exactTo,
      long buckets,
      long capped,
      long crowded,
      long[] pairsBySize)
      implements Serializable {}

  /** Size classes of {@link Gathered#pairsBySize}: up to 2^31 members. */
  static final int SIZE_CLASSES = 32;

  /** The blocks of one partition of eligible documents: (reduce partition, block). */
  static Iterator<Tuple2<Integer, Block>> blocks(Iterator<DedupStage.Doc> docs, int parts) {
    Builder[] builders = new Builder[parts];
    for (int t = 0; t < parts; t++) builders[t] = new Builder();
    int ordinal = 0;
    while (docs.hasNext()) {
      DedupStage.Doc d = docs.next();
      if (!d.eligible) continue;
      ordinal++;
      String id = d.facts.docId();
      int size = d.evidence.open().length;
      for (long k : d.bandKeys) builders[partition(k, parts)].band(ordinal, id, size, k);
      long exact = d.text.exactKey();
      builders[partition(exact, parts)].exact(ordinal, id, size, exact);
    }
    List<Tuple2<Integer, Block>> out = new ArrayList<>(parts);
    for (int t = 0; t < parts; t++) {
      if (!builders[t].docs.isEmpty()) out.add(new Tuple2<>(t, builders[t].build()));
    }
    return out.iterator();
  }

  private static int partition(long key, int parts) {
    return (int) Long.remainderUnsigned(key, parts);
  }

  /** A block as it is filled, document by document. */
  private static final class Builder {
    final List<String> docs = new ArrayList<>();
    final Ints sizes = new Ints();
    final Longs bandKeys = new Longs();
    final Ints bandDoc = new Ints();
    final Longs exactKeys = new Longs();
    final Ints exactDoc = new Ints();
    private int lastOrdinal;

    private int seat(int ordinal, String id, int size) {
      if (ordinal != lastOrdinal) {
        docs.add(id);
        sizes.add(size);
        lastOrdinal = ordinal;
      }
      return docs.size() - 1;
    }

    void band(int ordinal, String id, int size, long key) {
      bandDoc.add(seat(ordinal, id, size));
      bandKeys.add(key);
    }

    void exact(int ordinal, String id, int size, long key) {
      exactDoc.add(seat(ordinal, id, size));
      exactKeys.add(key);
    }

    Block build() {
      return new Block(
          docs.toArray(new String[0]),
          sizes.toArray(),
          bandKeys.toArray(),
          bandDoc.toArray(),
          exactKeys.toArray(),
          exactDoc.toArray());
    }
  }

  /**
   * Every bucket and exact group of one reduce partition's blocks: buckets of two to {@code
   * crowdedBucket} documents give their star pairs ({@link DedupStage.Bucket#forEachPair}), those
   * up to {@code maxBucket} only their pairs of neighbours by length ({@link
   * DedupStage.Bucket#forEachNeighbourPair}), larger ones are counted and skipped; an exact group
   * ties its members to its smallest id, whatever its size.
   */
  static Gathered gather(Iterator<Block> blocks, int maxBucket, int crowdedBucket) {
    List<Block> all = new ArrayList<>();
    int bandSeats = 0;
    int exactSeats = 0;
    while (blocks.hasNext()) {
      Block b = blocks.next();
      all.add(b);
      bandSeats += b.bandKeys().length;
      exactSeats += b.exactKeys().length;
    }
    String[] band = new String[bandSeats];
    int[] bandSize = new int[bandSeats];
    long[] bandKey = new long[bandSeats];
    String[] exact = new String[exactSeats];
    long[] exactKey = new long[exactSeats];
    int bi = 0;
    int ei = 0;
    for (Block b : all) {
      for (int i = 0; i < b.bandKeys().length; i++, bi++) {
        band[bi] = b.docs()[b.bandDoc()[i]];
        bandSize[bi] = b.sizes()[b.bandDoc()[i]];
        bandKey[bi] = b.bandKeys()[i];
      }
      for (int i = 0; i < b.exactKeys().length; i++, ei++) {
        exact[ei] = b.docs()[b.exactDoc()[i]];
        exactKey[ei] = b.exactKeys()[i];
      }
    }
    all.clear();

    Map<String, Set<String>> partners = new HashMap<>();
    long buckets = 0;
    long capped = 0;
    long crowded = 0;
    long[] pairsBySize = new long[SIZE_CLASSES];
    Chains bandChains = new Chains(bandKey);
    for (int head : bandChains.heads()) {
      int n = bandChains.length(head);
      if (n < 2) continue;
      buckets++;
      if (n > maxBucket) {
        capped++;
        continue;
      }
      if (n == 2) {
        // both anchors and the one neighbour by length are the other member: one pair
        String a = band[head];
        String b = band[bandChains.next(head)];
        int c = a.compareTo(b);
        if (c != 0) {
          partners.computeIfAbsent(c < 0 ? a : b, k -> new HashSet<>()).add(c < 0 ? b : a);
          pairsBySize[1]++;
        }
        continue;
      }
      DedupStage.Bucket bucket = null;
      for (int s = head; s >= 0; s = bandChains.next(s)) {
        DedupStage.Bucket one = new DedupStage.Bucket(bandSize[s], band[s]);
        bucket = bucket == null ? one : bucket.add(one);
      }
      int sizeClass = 31 - Integer.numberOfLeadingZeros(n);
      java.util.function.BiConsumer<String, String> pair =
          (a, b) -> {
            partners.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            pairsBySize[sizeClass]++;
          };
      if (n > crowdedBucket) {
        crowded++;
        bucket.forEachNeighbourPair(pair);
      } else {
        bucket.forEachPair(pair);
      }
    }

    List<String> from = new ArrayList<>();
    List<String> to = new ArrayList<>();
    Chains exactChains = new Chains(exactKey);
    for (int head : exactChains.heads()) {
      if (exactChains.length(head) < 2) continue;
      String min = null;
      for (int s = head; s >= 0; s = exactChains.next(s)) {
        if (min == null || exact[s].compareTo(min) < 0) min = exact[s];
      }
      for (int s = head; s >= 0; s = exactChains.next(s)) {
        if (!exact[s].equals(min)) {
          from.add(min);
          to.add(exact[s]);
        }
      }
    }

    String[] docs = new String[partners.size()];
    String[][] lists = new String[partners.size()][];
    int i = 0;
    for (Map.Entry<String, Set<String>> e : partners.entrySet()) {
      docs[i] = e.getKey();
      lists[i] = e.getValue().toArray(new String[0]);
      i++;
    }
    return new Gathered(
        docs,
        lists,
        from.toArray(new String[0]),
        to.toArray(new String[0]),
        buckets,
        capped,
        crowded,
        pairsBySize);
  }

  /** The seats of each key chained together: one head per distinct key. */
  private static final class Chains {
    private final int[] next;
    private final int[] length;
    private final int[] heads;

    Chains(long[] keys) {
      int cap = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
      long[] slotKey = new long[cap];
      int[] slotHead = new int[cap];
      Arrays.fill(slotHead, -1);
      next = new int[keys.length];
      length = new int[keys.length];
      Ints headList = new Ints();
      int mask = cap - 1;
      for (int s = 0; s < keys.length; s++) {
        long k = keys[s];
        int i = (int) (k ^ (k >>> 32)) * 0x9E3779B9 >>> 3 & mask;
        while (slotHead[i] >= 0 && slotKey[i] != k) i = (i + 1) & mask;
        if (slotHead[i] < 0) {
          slotKey[i] = k;
          next[s] = -1;
          length[s] = 1;
          headList.add(s);
        } else {
          int h = slotHead[i];
          // a seat joins its chain right behind the head, which keeps the chain's length
          next[s] = next[h];
          next[h] = s;
          length[h]++;
          continue;
        }
        slotHead[i] = s;
      }
      heads = headList.toArray();
    }

    int[] heads() {
      return heads;
    }

    int length(int head) {
      return length[head];
    }

    int next(int seat) {
      return next[seat];
    }
  }

  /** A growable int array. */
  private static final class Ints {
    private int[] a = new int[16];
    private int n;

    void add(int v) {
      if (n == a.length) a = Arrays.copyOf(a, n * 2);
      a[n++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** A growable long array. */
  private static final class Longs {
    private long[] a = new long[16];
    private int n;

    void add(long v) {
      if (n == a.length) a = Arrays.copyOf(a, n * 2);
      a[n++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
