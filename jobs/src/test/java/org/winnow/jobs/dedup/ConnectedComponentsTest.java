package org.winnow.jobs.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.HashPartitioner;
import org.junit.jupiter.api.Test;
import org.winnow.jobs.TestSpark;
import scala.Tuple2;

class ConnectedComponentsTest {
  private static Map<String, String> labels(List<Tuple2<String, String>> edges) {
    ConnectedComponents.Result r =
        ConnectedComponents.of(
            TestSpark.context().parallelizePairs(edges, 3), new HashPartitioner(4), 100);
    Map<String, String> m = new HashMap<>();
    for (Tuple2<String, String> t : r.labels().collect()) {
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

  @Test
  void labelsOnTheDriverAsTheRoundsDo() {
    Random r = new Random(23);
    List<Tuple2<String, String>> edges = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      edges.add(
          new Tuple2<>(
              String.format("v%03d", r.nextInt(400)), String.format("v%03d", r.nextInt(400))));
    }
    assertThat(ConnectedComponents.local(edges)).isEqualTo(labels(edges));
  }

  @Test
  void labelsAChainOnTheDriverWithItsSmallestNodeWhateverTheEdgeOrder() {
    List<Tuple2<String, String>> edges =
        List.of(
            new Tuple2<>("c", "d"),
            new Tuple2<>("b", "c"),
            new Tuple2<>("x", "x"),
            new Tuple2<>("a", "b"));
    assertThat(ConnectedComponents.local(edges))
        .isEqualTo(Map.of("a", "a", "b", "a", "c", "a", "d", "a"));
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
}
