package org.winnow.jobs.dedup;

import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an edge RDD by alternating large-star and small-star rounds (Kiveris et
 * al., "Connected Components in MapReduce and Beyond", SoCC 2014): linear communication per round,
 * O(log² n) rounds, and nothing gathered on the driver but two numbers per round.
 *
 * <pre>{@code
 * edges {(b,a), (c,b), (e,d)}  ->  labels {a->a, b->a, c->a, d->d, e->d}
 * }</pre>
 *
 * <p>Edges are kept as (larger node, smaller node); each node's label is the smallest node of its
 * component, so the result depends on the graph alone, never on partitioning or order. A graph
 * small enough to hold on one machine is labelled there by union-find ({@link #local}), with the
 * same labels and none of the rounds' shuffles.
 */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /** Labels and the number of rounds it took. */
  public record Result<K>(JavaPairRDD<K, K> labels, int rounds) {}

  /**
   * Labels every node that appears in {@code edges} with the smallest node of its component, by the
   * nodes' natural order (doc ids, or doc keys: {@link org.winnow.dedup.DocKeys}).
   */
  public static <K extends Comparable<K>> Result<K> of(
      JavaPairRDD<K, K> edges, Partitioner partitioner, int maxRounds) {
    JavaPairRDD<K, K> current =
        edges
            .filter(e -> !e._1().equals(e._2()))
            .mapToPair(e -> e._1().compareTo(e._2()) > 0 ? e : e.swap())
            .distinct(partitioner.numPartitions())
            .persist(StorageLevel.MEMORY_AND_DISK());
    long[] before = fingerprint(current);
    int rounds = 0;
    while (true) {
      rounds++;
      JavaPairRDD<K, K> next =
          smallStar(largeStar(current, partitioner), partitioner)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long[] after = fingerprint(next);
      current.unpersist(false);
      current = next;
      if (after[0] == before[0] && after[1] == before[1]) break;
      if (rounds >= maxRounds) {
        throw new IllegalStateException(
            "connected components did not converge in " + maxRounds + " rounds");
      }
      before = after;
    }
    JavaPairRDD<K, K> roots = current.values().distinct().mapToPair(m -> new Tuple2<>(m, m));
    return new Result<>(current.union(roots), rounds);
  }

  /**
   * The labels of a graph held in memory, by union-find: its nodes numbered in the order they were
   * met ({@link LongIndex}) and each node's component as the number of its smallest node.
   */
  public record Local(LongIndex nodes, int[] labels) {
    /** The smallest node of the component of the node numbered {@code i}. */
    public long label(int i) {
      return nodes.key(labels[i]);
    }
  }

  /**
   * The same labels as {@link #of}, computed in memory by union-find, of the edges {@code
   * from[k][i]} - {@code to[k][i]} between doc keys: for an edge list that fits on the driver, one
   * pass instead of rounds of shuffles.
   *
   * <pre>{@code
   * local([[2, 3, 5]], [[1, 2, 4]]) -> nodes 2, 1, 3, 5, 4 labelled 1, 1, 1, 4, 4
   * }</pre>
   */
  public static Local local(List<long[]> from, List<long[]> to) {
    LongIndex index = new LongIndex();
    int[] parent = grow(new int[0], 16);
    for (int k = 0; k < from.size(); k++) {
      long[] as = from.get(k);
      long[] bs = to.get(k);
      for (int i = 0; i < as.length; i++) {
        if (as[i] == bs[i]) continue;
        int a = index.add(as[i]);
        int b = index.add(bs[i]);
        if (parent.length < index.size()) parent = grow(parent, index.size());
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    int n = index.size();
    int[] smallest = new int[n];
    java.util.Arrays.fill(smallest, -1);
    for (int i = 0; i < n; i++) {
      int r = root(parent, i);
      if (smallest[r] < 0 || index.key(i) < index.key(smallest[r])) smallest[r] = i;
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) labels[i] = smallest[root(parent, i)];
    return new Local(index, labels);
  }

  private static int[] grow(int[] parent, int needed) {
    int old = parent.length;
    int[] p = java.util.Arrays.copyOf(parent, Math.max(needed, 2 * old));
    for (int i = old; i < p.length; i++) p[i] = i;
    return p;
  }

  /** The root of {@code x}, halving the path on the way (the tree stays shallow). */
  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Each node links its larger neighbours to the smallest id in its neighbourhood. */
  private static <K extends Comparable<K>> JavaPairRDD<K, K> largeStar(
      JavaPairRDD<K, K> edges, Partitioner partitioner) {
    return edges
        .flatMapToPair(e -> List.of(e, e.swap()).iterator())
        .groupByKey(partitioner)
        .flatMapToPair(
            t -> {
              K u = t._1();
              K m = u;
              for (K v : t._2()) if (v.compareTo(m) < 0) m = v;
              List<Tuple2<K, K>> out = new ArrayList<>();
              for (K v : t._2()) if (v.compareTo(u) > 0) out.add(new Tuple2<>(v, m));
              return out.iterator();
            })
        .distinct(partitioner.numPartitions());
  }

  /** Each node links itself and its smaller neighbours to the smallest of them. */
  private static <K extends Comparable<K>> JavaPairRDD<K, K> smallStar(
      JavaPairRDD<K, K> edges, Partitioner partitioner) {
    return edges
        .groupByKey(partitioner)
        .flatMapToPair(
            t -> {
              K u = t._1();
              K m = u;
              for (K v : t._2()) if (v.compareTo(m) < 0) m = v;
              List<Tuple2<K, K>> out = new ArrayList<>();
              if (!u.equals(m)) out.add(new Tuple2<>(u, m));
              for (K v : t._2()) if (!v.equals(m)) out.add(new Tuple2<>(v, m));
              return out.iterator();
            })
        .distinct(partitioner.numPartitions());
  }

  /** Count and order-free checksum of an edge set: equal sets give equal fingerprints. */
  private static <K> long[] fingerprint(JavaPairRDD<K, K> edges) {
    return edges
        .map(e -> new long[] {1L, edgeHash(e._1(), e._2())})
        .fold(new long[] {0L, 0L}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
  }

  /** A 64-bit hash of the edge {@code (a, b)}: of two doc keys, or of the two nodes' strings. */
  static long edgeHash(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Hashing.xxh3_64().hashStream().putLong(x).putLong(y).getAsLong();
    }
    return Hashing.xxh3_64().hashCharsToLong(a.toString() + '\u0000' + b);
  }
}
