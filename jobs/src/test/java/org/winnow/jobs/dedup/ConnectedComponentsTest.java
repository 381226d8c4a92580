package org.winnow.jobs.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.HashPartitioner;
import org.junit.jupiter.api.Test;
import org.winnow.jobs.TestSpark;
import scala.Tuple2;

class ConnectedComponentsTest {
  private static <K extends Comparable<K>> Map<K, K> labels(List<Tuple2<K, K>> edges) {
    ConnectedComponents.Result<K> r =
        ConnectedComponents.of(
            TestSpark.context().parallelizePairs(edges, 3), new HashPartitioner(4), 100);
    Map<K, K> m = new HashMap<>();
    for (Tuple2<K, K> t : r.labels().collect()) {
      assertThat(m.put(t._1(), t._2())).as("one label per node").isNull();
    }
    return m;
  }

  @Test
  void labelsALongChainWithItsSmallestNode() {
    List<Tuple2<String, String>> edges = new ArrayList<>();
    for (int i = 0; i < 200; i++)
      edges.add(new Tuple2<>(String.format("n%03d", i + 1), String.format("n%03d", i)));
    Map<String, String> m = labels(edges);
    assertThat(m).hasSize(201);
    assertThat(m.values()).containsOnly("n000");
  }

  @Test
  void agreesWithUnionFindOnARandomGraph() {
    Random r = new Random(11);
    List<Tuple2<String, String>> edges = new ArrayList<>();
    int n = 400;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int k = 0; k < 300; k++) {
      int a = r.nextInt(n);
      int b = r.nextInt(n);
      edges.add(new Tuple2<>(String.format("v%03d", a), String.format("v%03d", b)));
      parent[find(parent, a)] = find(parent, b);
    }
    Map<String, String> m = labels(edges);
    Map<Integer, Integer> smallest = new HashMap<>();
    for (Tuple2<String, String> e : edges) {
      for (String v : List.of(e._1(), e._2())) {
        int id = Integer.parseInt(v.substring(1));
        smallest.merge(find(parent, id), id, Math::min);
      }
    }
    for (Map.Entry<String, String> e : m.entrySet()) {
      int id = Integer.parseInt(e.getKey().substring(1));
      assertThat(e.getValue()).isEqualTo(String.format("v%03d", smallest.get(find(parent, id))));
    }
  }

  /** The labels of {@link ConnectedComponents#local} of {@code edges}, by node. */
  private static Map<Long, Long> local(List<Tuple2<Long, Long>> edges) {
    long[] from = new long[edges.size()];
    long[] to = new long[edges.size()];
    for (int i = 0; i < from.length; i++) {
      from[i] = edges.get(i)._1();
      to[i] = edges.get(i)._2();
    }
    // the edges in two batches, as the stage hands them over
    int half = from.length / 2;
    ConnectedComponents.Local l =
        ConnectedComponents.local(
            List.of(Arrays.copyOf(from, half), Arrays.copyOfRange(from, half, from.length)),
            List.of(Arrays.copyOf(to, half), Arrays.copyOfRange(to, half, to.length)));
    Map<Long, Long> m = new HashMap<>();
    for (int i = 0; i < l.nodes().size(); i++) m.put(l.nodes().key(i), l.label(i));
    return m;
  }

  @Test
  void labelsOnTheDriverAsTheRoundsDo() {
    Random r = new Random(23);
    List<Tuple2<Long, Long>> edges = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      // keys of both signs: labels are the smallest in signed order, doc id order (DocKeys)
      edges.add(new Tuple2<>(r.nextLong() % 400, r.nextLong() % 400));
    }
    assertThat(local(edges)).isEqualTo(labels(edges));
  }

  @Test
  void labelsAChainOnTheDriverWithItsSmallestNodeWhateverTheEdgeOrder() {
    List<Tuple2<Long, Long>> edges =
        List.of(
            new Tuple2<>(3L, 4L),
            new Tuple2<>(2L, 3L),
            new Tuple2<>(9L, 9L),
            new Tuple2<>(-1L, 2L));
    assertThat(local(edges)).isEqualTo(Map.of(-1L, -1L, 2L, -1L, 3L, -1L, 4L, -1L));
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
}
