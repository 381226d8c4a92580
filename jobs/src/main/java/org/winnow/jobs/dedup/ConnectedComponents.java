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
 * <p>Edges are kept as (larger id, smaller id); each node's label is the smallest id of its
 * component, so the result depends on the graph alone, never on partitioning or order.
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
