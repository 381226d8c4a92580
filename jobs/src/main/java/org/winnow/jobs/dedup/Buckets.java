package org.winnow.jobs.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import org.winnow.dedup.CopyEvidence;
import org.winnow.dedup.DocKeys;
import org.winnow.dedup.Headline;
import org.winnow.dedup.PairVerifier;
import org.winnow.dedup.ShingleSets;
import scala.Tuple2;

/**
 * Gathers documents by LSH band key and by exact-content key in one shuffle of packed blocks, and
 * turns each gathering into candidate pairs and exact edges where it lands.
 *
 * <p>Each map task sends every reduce partition one {@link Block}: the ids and sizes of its
 * documents with a key there, and parallel arrays of (key, document) seats, so a document's id
 * crosses the shuffle once per reduce partition rather than once per band key. A reduce task chains
 * the seats of each key in an open-addressing table and reads every bucket and every group of
 * identical texts off it ({@link #gather}).
 *
 * <pre>{@code
 * // docs a (keys 5, 9, exact 1), b (keys 5, 7, exact 1) -> bucket 5 = {a, b}: pair (a, b);
 * // exact group 1 = {a, b}: edge (a, b)
 * }</pre>
 */
final class Buckets {
  private Buckets() {}

  /**
   * One map task's seats for one reduce partition; {@code *Doc} index {@code docs} (doc keys,
   * {@link DocKeys}), which are in doc id order and distinct; {@code keyCounts}: each document's
   * band keys in all (its passages times the bands), what the support of its pairs is weighed
   * against.
   */
  record Block(
      long[] docs,
      int[] sizes,
      int[] keyCounts,
      long[] bandKeys,
      int[] bandDoc,
      long[] exactKeys,
      int[] exactDoc,
      long[] headlineKeys,
      int[] headlineDoc)
      implements Serializable {
    /** A block without headline seats. */
    Block(
        long[] docs,
        int[] sizes,
        int[] keyCounts,
        long[] bandKeys,
        int[] bandDoc,
        long[] exactKeys,
        int[] exactDoc) {
      this(docs, sizes, keyCounts, bandKeys, bandDoc, exactKeys, exactDoc, new long[0], new int[0]);
    }
  }

  /**
   * What one reduce task found: each document's candidate partners there (the documents it pairs
   * with that have more shingles, or as many and a larger id; distinct) with their support (how
   * many of the task's buckets paired them) and the document's band key count, the star edges of
   * its exact groups, how many buckets it held, skipped as too large and paired sparingly as
   * crowded, and the pairs its buckets gave by size class ({@code pairsBySize[c]}: buckets of 2^c
   * to 2^(c+1) - 1 members, pairs counted before they are merged).
   */
  record Gathered(
      long[] docs,
      int[] keyCounts,
      long[][] partners,
      int[][] support,
      long[] exactFrom,
      long[] exactTo,
      long buckets,
      long capped,
      long crowded,
      long[] pairsBySize)
      implements Serializable {}

  /** Size classes of {@link Gathered#pairsBySize}: up to 2^31 members. */
  static final int SIZE_CLASSES = 32;

  /**
   * The blocks of one partition of eligible documents: (reduce partition, block), each block's
   * documents in doc id order.
   *
   * <p>Why sorted: a reduce task numbers its documents in doc id order, and nearly every document
   * has a band key in every reduce partition; sorted once here, the partition's ids are merged
   * there rather than sorted again by every reduce task.
   */
  static Iterator<Tuple2<Integer, Block>> blocks(Iterator<DedupStage.Doc> docs, int parts) {
    LongList ids = new LongList();
    Ints sizes = new Ints();
    Ints keyCounts = new Ints();
    List<long[]> bandKeys = new ArrayList<>();
    List<long[]> headlineKeys = new ArrayList<>();
    LongList exactKeys = new LongList();
    while (docs.hasNext()) {
      DedupStage.Doc d = docs.next();
      if (!d.eligible) continue;
      ids.add(d.key);
      sizes.add(d.openSize);
      keyCounts.add(d.bandKeys.length);
      bandKeys.add(d.bandKeys);
      headlineKeys.add(d.headlineKeys);
      exactKeys.add(d.exactKey);
    }
    int[] byId = byKey(ids.toArray());
    Builder[] builders = new Builder[parts];
    for (int t = 0; t < parts; t++) builders[t] = new Builder();
    int ordinal = 0;
    for (int i : byId) {
      ordinal++;
      long id = ids.get(i);
      int size = sizes.get(i);
      int keys = keyCounts.get(i);
      for (long k : bandKeys.get(i)) {
        builders[partition(k, parts)].band(ordinal, id, size, keys, k);
      }
      for (long k : headlineKeys.get(i)) {
        builders[partition(k, parts)].headline(ordinal, id, size, keys, k);
      }
      long exact = exactKeys.get(i);
      builders[partition(exact, parts)].exact(ordinal, id, size, keys, exact);
    }
    List<Tuple2<Integer, Block>> out = new ArrayList<>(parts);
    for (int t = 0; t < parts; t++) {
      if (builders[t].docs.size() > 0) out.add(new Tuple2<>(t, builders[t].build()));
    }
    return out.iterator();
  }

  /**
   * The keys under which a document meets the texts that share its headline ({@link
   * Headline#candidateKeys}) or tell its headline's phrases in their leads too ({@link
   * Headline#phraseKeys}): only a document with a dateline can be a copy by headline ({@link
   * PairVerifier#headlined}, {@link PairVerifier#leadNamesHeadline}), so only such a document takes
   * a seat.
   */
  static long[] headlineKeys(CopyEvidence evidence) {
    if (evidence.dateline() == 0) return new long[0];
    long[] titles = Headline.candidateKeys(evidence.headline());
    long[] phrases =
        Headline.phraseKeys(evidence.headlinePhrases(), evidence.openLead(), evidence.dateline());
    if (phrases.length == 0) return titles;
    long[] all = Arrays.copyOf(titles, titles.length + phrases.length);
    System.arraycopy(phrases, 0, all, titles.length, phrases.length);
    return ShingleSets.of(all);
  }

  /**
   * The support a pair made by a headline bucket counts for: it passes {@code dedup.min_support}
   * whatever the documents' band keys, since a brief under a rewritten lead shares no passage with
   * its story for the band buckets to count.
   */
  static final int HEADLINE_SUPPORT = 1 << 20;

  private static int partition(long key, int parts) {
    return (int) Long.remainderUnsigned(key, parts);
  }

  /** The indices of {@code keys} in key order (doc id order, {@link DocKeys}); keys distinct. */
  static int[] byKey(long[] keys) {
    // each key with its index in the low bits would not fit: sort the keys, then find each index
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int[] out = new int[keys.length];
    for (int i = 0; i < keys.length; i++) out[Arrays.binarySearch(sorted, keys[i])] = i;
    return out;
  }

  /** A block as it is filled, document by document. */
  private static final class Builder {
    final LongList docs = new LongList();
    final Ints sizes = new Ints();
    final Ints keyCounts = new Ints();
    final LongList bandKeys = new LongList();
    final Ints bandDoc = new Ints();
    final LongList exactKeys = new LongList();
    final Ints exactDoc = new Ints();
    final LongList headlineKeys = new LongList();
    final Ints headlineDoc = new Ints();
    private int lastOrdinal;

    private int seat(int ordinal, long id, int size, int keys) {
      if (ordinal != lastOrdinal) {
        docs.add(id);
        sizes.add(size);
        keyCounts.add(keys);
        lastOrdinal = ordinal;
      }
      return docs.size() - 1;
    }

    void band(int ordinal, long id, int size, int keys, long key) {
      bandDoc.add(seat(ordinal, id, size, keys));
      bandKeys.add(key);
    }

    void exact(int ordinal, long id, int size, int keys, long key) {
      exactDoc.add(seat(ordinal, id, size, keys));
      exactKeys.add(key);
    }

    void headline(int ordinal, long id, int size, int keys, long key) {
      headlineDoc.add(seat(ordinal, id, size, keys));
      headlineKeys.add(key);
    }

    Block build() {
      return new Block(
          docs.toArray(),
          sizes.toArray(),
          keyCounts.toArray(),
          bandKeys.toArray(),
          bandDoc.toArray(),
          exactKeys.toArray(),
          exactDoc.toArray(),
          headlineKeys.toArray(),
          headlineDoc.toArray());
    }
  }

  /**
   * Every bucket and exact group of one reduce partition's blocks: buckets of two to {@code
   * crowdedBucket} documents pair their two anchors (the members with the most and the fewest
   * shingles, ties by the larger and the smaller doc id) with every member, and members next to
   * each other by length; those up to {@code maxBucket} (crowded) only their neighbours by length;
   * larger ones are counted and skipped. An exact group ties its members to its smallest id,
   * whatever its size.
   *
   * <p>Why anchors: the longest member pairs with its trimmed copies and briefs; the shortest
   * (typically a brief) pairs with every text it sits in, so a brief is never tied only to a story
   * that quotes it. A passage of stock phrases puts unrelated stories in one bucket, whose anchors
   * then belong to none of them: copies of one brief are of one length, and a typo that changes
   * their other passages leaves them only this bucket to meet in. A crowded bucket is a passage
   * many stories share (a stock paragraph, a line outlets carry), whose anchors pair with nearly
   * nothing that verifies; copies of one story in it still meet their neighbours of about their own
   * length, and their other passages' buckets.
   *
   * <p>Documents are numbered by doc id once, so that buckets are sorted, paired and merged as
   * ints: a pair of copies meets in a bucket of every passage they share, tens of times.
   */
  static Gathered gather(Iterator<Block> blocks, int maxBucket, int crowdedBucket) {
    return gather(blocks, maxBucket, crowdedBucket, Integer.MAX_VALUE);
  }

  /**
   * {@link #gather(Iterator, int, int)} whose headline buckets pair two documents only when the
   * shorter has at most {@code headlineShorter} shingles: a longer pair is a copy by headline only
   * when it shares most of its text ({@link PairVerifier#verify}), and then its passages' buckets
   * pair it already.
   */
  static Gathered gather(
      Iterator<Block> blocks, int maxBucket, int crowdedBucket, int headlineShorter) {
    List<Block> all = new ArrayList<>();
    int docCount = 0;
    int bandSeats = 0;
    int exactSeats = 0;
    int headlineSeats = 0;
    while (blocks.hasNext()) {
      Block b = blocks.next();
      all.add(b);
      docCount += b.docs().length;
      bandSeats += b.bandKeys().length;
      exactSeats += b.exactKeys().length;
      headlineSeats += b.headlineKeys().length;
    }
    // a document's seats all come from the one map task that holds it: one block, one entry here
    int[] blockStart = new int[all.size()];
    long[] ids = new long[docCount];
    int[] sizes = new int[docCount];
    int[] keyCounts = new int[docCount];
    int[] bandDoc = new int[bandSeats];
    long[] bandKey = new long[bandSeats];
    int[] exactDoc = new int[exactSeats];
    long[] exactKey = new long[exactSeats];
    int[] headlineDoc = new int[headlineSeats];
    long[] headlineKey = new long[headlineSeats];
    int di = 0;
    int bi = 0;
    int ei = 0;
    int hi = 0;
    for (int k = 0; k < all.size(); k++) {
      Block b = all.get(k);
      for (int i = 1; i < b.docs().length; i++) {
        if (b.docs()[i - 1] >= b.docs()[i]) {
          throw new IllegalArgumentException(
              "a block's documents must be in doc id order, distinct: key "
                  + b.docs()[i - 1]
                  + " before "
                  + b.docs()[i]);
        }
      }
      blockStart[k] = di;
      System.arraycopy(b.docs(), 0, ids, di, b.docs().length);
      System.arraycopy(b.sizes(), 0, sizes, di, b.docs().length);
      System.arraycopy(b.keyCounts(), 0, keyCounts, di, b.docs().length);
      for (int i = 0; i < b.bandKeys().length; i++, bi++) {
        bandDoc[bi] = di + b.bandDoc()[i];
        bandKey[bi] = b.bandKeys()[i];
      }
      for (int i = 0; i < b.exactKeys().length; i++, ei++) {
        exactDoc[ei] = di + b.exactDoc()[i];
        exactKey[ei] = b.exactKeys()[i];
      }
      for (int i = 0; i < b.headlineKeys().length; i++, hi++) {
        headlineDoc[hi] = di + b.headlineDoc()[i];
        headlineKey[hi] = b.headlineKeys()[i];
      }
      di += b.docs().length;
    }
    all.clear();
    // rank[d]: d's place in doc id order, so every tie and every pair's order is an int compare
    int[] rank = mergeRanks(ids, blockStart);
    long[] byRank = new long[docCount];
    int[] sizeOf = new int[docCount];
    int[] keysOf = new int[docCount];
    for (int d = 0; d < docCount; d++) {
      byRank[rank[d]] = ids[d];
      sizeOf[rank[d]] = sizes[d];
      keysOf[rank[d]] = keyCounts[d];
    }

    Pairs pairs = new Pairs(sizeOf);
    long buckets = 0;
    long capped = 0;
    long crowded = 0;
    long[] pairsBySize = new long[SIZE_CLASSES];
    long[] tally = new long[3];
    pairBuckets(
        new Chains(bandKey),
        bandDoc,
        rank,
        sizeOf,
        maxBucket,
        crowdedBucket,
        Integer.MAX_VALUE,
        pairs,
        tally,
        pairsBySize);
    // headline buckets pair the same way; their pairs are remembered, to count as supported
    int beforeHeadlines = pairs.size();
    pairBuckets(
        new Chains(headlineKey),
        headlineDoc,
        rank,
        sizeOf,
        maxBucket,
        crowdedBucket,
        headlineShorter,
        pairs,
        tally,
        pairsBySize);
    java.util.Set<Long> headlinePairs = new java.util.HashSet<>();
    for (int i = beforeHeadlines; i < pairs.size(); i++) headlinePairs.add(pairs.get(i));
    buckets = tally[0];
    capped = tally[1];
    crowded = tally[2];

    LongList from = new LongList();
    LongList to = new LongList();
    Chains exactChains = new Chains(exactKey);
    for (int head : exactChains.heads()) {
      if (exactChains.length(head) < 2) continue;
      int min = Integer.MAX_VALUE;
      for (int s = head; s >= 0; s = exactChains.next(s)) {
        min = Math.min(min, rank[exactDoc[s]]);
      }
      for (int s = head; s >= 0; s = exactChains.next(s)) {
        int r = rank[exactDoc[s]];
        if (r != min) {
          from.add(byRank[min]);
          to.add(byRank[r]);
        }
      }
    }

    // each document's partners: the pairs sorted, grouped by their first (smaller) member, each
    // with the number of buckets that made it
    long[] sorted = pairs.sorted();
    LongList docs = new LongList();
    Ints docKeys = new Ints();
    List<long[]> lists = new ArrayList<>();
    List<int[]> supports = new ArrayList<>();
    Ints support = new Ints();
    LongList partners = new LongList();
    for (int i = 0; i < sorted.length; ) {
      int a = (int) (sorted[i] >>> 32);
      partners.clear();
      support.clear();
      while (i < sorted.length && (int) (sorted[i] >>> 32) == a) {
        int j = i;
        while (j < sorted.length && sorted[j] == sorted[i]) j++;
        partners.add(byRank[(int) sorted[i]]);
        support.add(j - i + (headlinePairs.contains(sorted[i]) ? HEADLINE_SUPPORT : 0));
        i = j;
      }
      docs.add(byRank[a]);
      docKeys.add(keysOf[a]);
      lists.add(partners.toArray());
      supports.add(support.toArray());
    }
    return new Gathered(
        docs.toArray(),
        docKeys.toArray(),
        lists.toArray(new long[0][]),
        supports.toArray(new int[0][]),
        from.toArray(),
        to.toArray(),
        buckets,
        capped,
        crowded,
        pairsBySize);
  }

  /**
   * Pairs the members of every bucket of {@code chains} (seats of {@code seatDoc}) into {@code
   * pairs}, as {@link #gather} describes; {@code tally} counts buckets, capped and crowded ones.
   */
  private static void pairBuckets(
      Chains chains,
      int[] seatDoc,
      int[] rank,
      int[] sizeOf,
      int maxBucket,
      int crowdedBucket,
      int maxShorter,
      Pairs pairs,
      long[] tally,
      long[] pairsBySize) {
    int[] members = new int[16];
    for (int head : chains.heads()) {
      int n = chains.length(head);
      if (n < 2) continue;
      tally[0]++;
      if (n > maxBucket) {
        tally[1]++;
        continue;
      }
      if (members.length < n) members = new int[Integer.highestOneBit(n) << 1];
      int m = 0;
      for (int s = head; s >= 0; s = chains.next(s)) members[m++] = rank[seatDoc[s]];
      int[] bySize = sortBySize(members, n, sizeOf);
      int before = pairs.size();
      for (int i = 1; i < n; i++) pairs.add(bySize[i - 1], bySize[i], maxShorter);
      // of two, both anchors and the neighbour by length are the same pair
      if (n == 2) {
        pairsBySize[1]++;
        continue;
      }
      if (n <= crowdedBucket) {
        // the shortest and the longest member, ties by the smaller and the larger id
        int shortest = bySize[0];
        int longest = bySize[n - 1];
        for (int i = 0; i < n; i++) {
          pairs.add(shortest, bySize[i], maxShorter);
          pairs.add(longest, bySize[i], maxShorter);
        }
        // a pair the anchors and the neighbours both make is one bucket's support, not two
        pairs.distinctFrom(before);
      } else {
        tally[2]++;
      }
      pairsBySize[31 - Integer.numberOfLeadingZeros(n)] += pairs.size() - before;
    }
  }

  /**
   * Each of {@code ids}' place in their doc id order, where {@code ids} is runs of sorted distinct
   * ids starting at {@code runStart} (one per block): a merge of the runs, smallest head first.
   */
  static int[] mergeRanks(long[] ids, int[] runStart) {
    int runs = runStart.length;
    int[] at = runStart.clone();
    int[] end = new int[runs];
    for (int k = 0; k < runs; k++) end[k] = k + 1 < runs ? runStart[k + 1] : ids.length;
    PriorityQueue<Integer> heads =
        new PriorityQueue<>(Math.max(1, runs), (x, y) -> Long.compare(ids[at[x]], ids[at[y]]));
    for (int k = 0; k < runs; k++) if (at[k] < end[k]) heads.add(k);
    int[] rank = new int[ids.length];
    int next = 0;
    while (!heads.isEmpty()) {
      int k = heads.poll();
      rank[at[k]++] = next++;
      if (at[k] < end[k]) heads.add(k);
    }
    return rank;
  }

  /**
   * The first {@code n} of {@code members} (doc ranks) by shingle count ({@code sizeOf} by rank),
   * ties by rank.
   */
  private static int[] sortBySize(int[] members, int n, int[] sizeOf) {
    // (size, rank) packed in one long: sizes and ranks are not negative, so long order is theirs
    long[] keyed = new long[n];
    for (int i = 0; i < n; i++) keyed[i] = ((long) sizeOf[members[i]] << 32) | members[i];
    Arrays.sort(keyed);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = (int) keyed[i];
    return out;
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

  /**
   * Candidate pairs of doc ranks as they are found, each packed in one long with the document of
   * fewer shingles (ties: the smaller rank) in the high half, once per bucket that made it.
   *
   * <p>Why by size: the high-half document is the one whose evidence travels to its partner's
   * partition to be verified there; the shorter of two texts is the cheaper to ship, and a long
   * story that many briefs and trimmed copies pair with stays where it is.
   */
  private static final class Pairs {
    private final int[] sizeOf;
    private long[] a = new long[1024];
    private int n;

    /** {@code sizeOf}: each document's shingle count, by rank. */
    Pairs(int[] sizeOf) {
      this.sizeOf = sizeOf;
    }

    /** {@link #add(int, int)} when the shorter of the two has at most {@code maxShorter}. */
    void add(int x, int y, int maxShorter) {
      if (Math.min(sizeOf[x], sizeOf[y]) <= maxShorter) add(x, y);
    }

    /**
     * Adds the pair of ranks {@code x} and {@code y} in either order; a document with itself is
     * none.
     */
    void add(int x, int y) {
      if (x == y) return;
      if (n == a.length) a = Arrays.copyOf(a, n * 2);
      boolean xFirst = sizeOf[x] < sizeOf[y] || (sizeOf[x] == sizeOf[y] && x < y);
      a[n++] = xFirst ? ((long) x << 32) | y : ((long) y << 32) | x;
    }

    int size() {
      return n;
    }

    long get(int i) {
      return a[i];
    }

    /** Keeps each pair added since the {@code from}-th once (one bucket's pairs). */
    void distinctFrom(int from) {
      Arrays.sort(a, from, n);
      int m = from;
      for (int i = from; i < n; i++) if (m == from || a[m - 1] != a[i]) a[m++] = a[i];
      n = m;
    }

    /** The pairs sorted, a pair as many times as buckets made it. */
    long[] sorted() {
      long[] s = Arrays.copyOf(a, n);
      Arrays.sort(s);
      return s;
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

    int get(int i) {
      return a[i];
    }

    void clear() {
      n = 0;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
