package org.winnow.jobs.dedup;

import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Edges are kept as (larger id, smaller id); each node's label is the smallest id of its
 * component, so the result depends on the graph alone, never on partitioning or order. A graph
 * small enough to hold on one machine is labelled there by union-find ({@link #local}), with the
 * same labels and none of the rounds' shuffles.
 */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /** Labels and the number of rounds it took. */
  public record Result(JavaPairRDD<String, String> labels, int rounds) {}

  /** Labels every node that appears in {@code edges} with the smallest node id of its component. */
  public static Result of(
      JavaPairRDD<String, String> edges, Partitioner partitioner, int maxRounds) {
    JavaPairRDD<String, String> current =
        edges
            .filter(e -> !e._1().equals(e._2()))
            .mapToPair(e -> e._1().compareTo(e._2()) > 0 ? e : e.swap())
            .distinct(partitioner.numPartitions())
            .persist(StorageLevel.MEMORY_AND_DISK());
    long[] before = fingerprint(current);
    int rounds = 0;
    while (true) {
      rounds++;
      JavaPairRDD<String, String> next =
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
    JavaPairRDD<String, String> roots =
        current.values().distinct().mapToPair(m -> new Tuple2<>(m, m));
    return new Result(current.union(roots), rounds);
  }

  /**
   * The same labels as {@link #of}, computed in memory by union-find: for an edge list that fits on
   * the driver, one pass instead of rounds of shuffles.
   *
   * <pre>{@code
   * local([(b,a), (c,b), (e,d)]) -> {a->a, b->a, c->a, d->d, e->d}
   * }</pre>
   */
  public static Map<String, String> local(Iterable<Tuple2<String, String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[] parent = grow(new int[0], 16);
    for (Tuple2<String, String> e : edges) {
      if (e._1().equals(e._2())) continue;
      int a = indexOf(e._1(), index, names);
      int b = indexOf(e._2(), index, names);
      if (parent.length < names.size()) parent = grow(parent, names.size());
      int ra = root(parent, a);
      int rb = root(parent, b);
      if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
    String[] smallest = new String[names.size()];
    for (int i = 0; i < names.size(); i++) {
      int r = root(parent, i);
      if (smallest[r] == null || names.get(i).compareTo(smallest[r]) < 0) {
        smallest[r] = names.get(i);
      }
    }
    Map<String, String> labels = new HashMap<>(2 * names.size());
    for (int i = 0; i < names.size(); i++) labels.put(names.get(i), smallest[root(parent, i)]);
    return labels;
  }

  private static int indexOf(String node, Map<String, Integer> index, List<String> names) {
    Integer i = index.get(node);
    if (i != null) return i;
    index.put(node, names.size());
    names.add(node);
    return names.size() - 1;
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
  private static JavaPairRDD<String, String> largeStar(
      JavaPairRDD<String, String> edges, Partitioner partitioner) {
    return edges
        .flatMapToPair(e -> List.of(e, e.swap()).iterator())
        .groupByKey(partitioner)
        .flatMapToPair(
            t -> {
              String u = t._1();
              String m = u;
              for (String v : t._2()) if (v.compareTo(m) < 0) m = v;
              List<Tuple2<String, String>> out = new ArrayList<>();
              for (String v : t._2()) if (v.compareTo(u) > 0) out.add(new Tuple2<>(v, m));
              return out.iterator();
            })
        .distinct(partitioner.numPartitions());
  }

  /** Each node links itself and its smaller neighbours to the smallest of them. */
  private static JavaPairRDD<String, String> smallStar(
      JavaPairRDD<String, String> edges, Partitioner partitioner) {
    return edges
        .groupByKey(partitioner)
        .flatMapToPair(
            t -> {
              String u = t._1();
              String m = u;
              for (String v : t._2()) if (v.compareTo(m) < 0) m = v;
              List<Tuple2<String, String>> out = new ArrayList<>();
              if (!u.equals(m)) out.add(new Tuple2<>(u, m));
              for (String v : t._2()) if (!v.equals(m)) out.add(new Tuple2<>(v, m));
              return out.iterator();
            })
        .distinct(partitioner.numPartitions());
  }

  /** Count and order-free checksum of an edge set: equal sets give equal fingerprints. */
  private static long[] fingerprint(JavaPairRDD<String, String> edges) {
    return edges
        .map(e -> new long[] {1L, Hashing.xxh3_64().hashCharsToLong(e._1() + '\u0000' + e._2())})
        .fold(new long[] {0L, 0L}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
  }
}
