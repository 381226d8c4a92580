package org.winnow.jobs.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.winnow.classify.BlockStats;
import org.winnow.jobs.serde.WinnowKryoRegistrator;
import scala.Tuple2;
import scala.reflect.ClassTag$;

class FactBatchTest {
  private static SerializerInstance kryo() {
    SparkConf conf = new SparkConf(false);
    WinnowKryoRegistrator.SPARK_SETTINGS.forEach(conf::set);
    return new KryoSerializer(conf).newInstance();
  }

  @Test
  void aBatchComesBackThroughKryoWithEveryHostKeyAndStat() {
    FactBatch b = new FactBatch();
    b.addHostPages("a.com", 12);
    b.addStats("a.com", 42L, new BlockStats(3, 2, 1, 5, 2));
    b.addStats("b.com", -7L, new BlockStats(1, 2, 0, 2));
    SerializerInstance kryo = kryo();

    ByteBuffer bytes = kryo.serialize(b, ClassTag$.MODULE$.apply(Object.class));
    FactBatch back = (FactBatch) kryo.deserialize(bytes, ClassTag$.MODULE$.apply(Object.class));

    assertThat(back.size()).isEqualTo(3);
    assertThat(back.host(0)).isEqualTo("a.com");
    assertThat(back.key(0)).isZero();
    assertThat(back.hostPages(0)).isEqualTo(12);
    assertThat(back.key(1)).isEqualTo(42L);
    assertThat(back.stats(1)).isEqualTo(new BlockStats(3, 2, 1, 5, 2));
    assertThat(back.host(2)).isEqualTo("b.com");
    assertThat(back.key(2)).isEqualTo(-7L);
    assertThat(back.stats(2)).isEqualTo(new BlockStats(1, 2, 0, 2));
  }

  @Test
  void aBatchGrowsPastItsFirstCapacityKeepingEveryFact() {
    FactBatch b = new FactBatch();
    for (int i = 1; i <= 100; i++) b.addStats("h" + (i % 3), i, new BlockStats(i, 1, 0, i));

    assertThat(b.size()).isEqualTo(100);
    assertThat(b.host(99)).isEqualTo("h1");
    assertThat(b.stats(99)).isEqualTo(new BlockStats(100, 1, 0, 100));
  }

  @Test
  void batchedFactsReachEachPartitionTheUnbatchedFactsWereSentTo() {
    ClassifyStage.CountKey wire = new ClassifyStage.CountKey(null, 42L);
    ClassifyStage.CountKey host = new ClassifyStage.CountKey("a.com", 0L);
    var wireTally =
        new ClassifyStage.Tally()
            .add(new ClassifyStage.Sighting("a.com", 0, 9L))
            .merge(new ClassifyStage.Tally().add(new ClassifyStage.Sighting("b.com", 3, 9L)));
    var hostTally =
        new ClassifyStage.Tally()
            .add(new ClassifyStage.Sighting("a.com", 0, 9L))
            .merge(new ClassifyStage.Tally().add(new ClassifyStage.Sighting("a.com", 2, 8L)));
    var merged = List.of(new Tuple2<>(wire, wireTally), new Tuple2<>(host, hostTally));

    Map<Integer, List<String>> batched = new HashMap<>();
    ClassifyStage.batched(merged.iterator())
        .forEachRemaining(t -> batched.put(t._1(), describe(t._2())));
    Map<Integer, List<String>> oneByOne = new HashMap<>();
    for (var t : merged) {
      for (var f : t._2().facts(t._1())) {
        FactBatch single = new FactBatch();
        if (f._2().stats() == null) single.addHostPages(f._2().host(), f._2().hostPageCount());
        else single.addStats(f._2().host(), f._2().key(), f._2().stats());
        oneByOne.computeIfAbsent(f._1(), p -> new ArrayList<>()).addAll(describe(single));
      }
    }

    assertThat(batched).isEqualTo(oneByOne);
    assertThat(batched.keySet()).containsExactlyInAnyOrder(0, 2, 3);
  }

  @Test
  void tallyBatchesComeBackThroughKryoAndReadOutEveryKeyInOrder() {
    ClassifyStage.CountKey wire = new ClassifyStage.CountKey(null, 42L);
    ClassifyStage.CountKey host = new ClassifyStage.CountKey("a.com", 0L);
    var wireTally =
        new ClassifyStage.Tally()
            .add(new ClassifyStage.Sighting("a.com", 3, 9L))
            .add(new ClassifyStage.Sighting("b.com", 3, 9L));
    var hostTally = new ClassifyStage.Tally().add(new ClassifyStage.Sighting("a.com", 3, 9L));
    var cut =
        ClassifyStage.TallyBatch.byPartition(
            List.of(new Tuple2<>(wire, wireTally), new Tuple2<>(host, hostTally)), 1);
    SerializerInstance kryo = kryo();

    ByteBuffer bytes = kryo.serialize(cut.get(0)._2(), ClassTag$.MODULE$.apply(Object.class));
    var back =
        (ClassifyStage.TallyBatch) kryo.deserialize(bytes, ClassTag$.MODULE$.apply(Object.class));
    List<Tuple2<ClassifyStage.CountKey, ClassifyStage.Tally>> entries = new ArrayList<>();
    ClassifyStage.TallyBatch.entries(List.of(back, back).iterator()).forEachRemaining(entries::add);

    assertThat(cut).hasSize(1);
    assertThat(entries).extracting(Tuple2::_1).containsExactly(wire, host, wire, host);
    assertThat(entries.get(0)._2().facts(wire))
        .extracting(f -> f._1() + " " + f._2().host() + " " + f._2().stats())
        .containsExactlyInAnyOrder(
            "3 a.com " + new BlockStats(1, 2, 0, 2), "3 b.com " + new BlockStats(1, 2, 0, 2));
  }

  @Test
  void talliesBeyondOneBatchForAPartitionGoInSeveralThatHoldEveryKeyOnce() {
    List<Tuple2<ClassifyStage.CountKey, ClassifyStage.Tally>> tallies = new ArrayList<>();
    int n = ClassifyStage.BATCH * 2 + 5;
    for (int k = 1; k <= n; k++) {
      tallies.add(
          new Tuple2<>(
              new ClassifyStage.CountKey(null, k),
              new ClassifyStage.Tally().add(new ClassifyStage.Sighting("a.com", 0, 9L))));
    }

    var cut = ClassifyStage.TallyBatch.byPartition(tallies, 1);

    assertThat(cut).hasSize(3).allSatisfy(t -> assertThat(t._1()).isZero());
    assertThat(cut)
        .allSatisfy(t -> assertThat(t._2().keys.size()).isLessThanOrEqualTo(ClassifyStage.BATCH));
    List<Long> keys = new ArrayList<>();
    ClassifyStage.TallyBatch.entries(cut.stream().map(Tuple2::_2).iterator())
        .forEachRemaining(t -> keys.add(t._1().key()));
    assertThat(keys).doesNotHaveDuplicates().hasSize(n);
  }

  @Test
  void factsBeyondOneBatchForAPartitionGoInSeveralBatches() {
    List<Tuple2<ClassifyStage.CountKey, ClassifyStage.Tally>> merged = new ArrayList<>();
    int n = ClassifyStage.BATCH + 1;
    for (int k = 1; k <= n; k++) {
      merged.add(
          new Tuple2<>(
              new ClassifyStage.CountKey(null, k),
              new ClassifyStage.Tally()
                  .add(new ClassifyStage.Sighting("a.com", 4, 9L))
                  .add(new ClassifyStage.Sighting("a.com", 4, 9L))));
    }

    List<Tuple2<Integer, FactBatch>> batches = new ArrayList<>();
    ClassifyStage.batched(merged.iterator()).forEachRemaining(batches::add);

    assertThat(batches).extracting(Tuple2::_1).containsExactly(4, 4);
    assertThat(batches).extracting(t -> t._2().size()).containsExactly(ClassifyStage.BATCH, 1);
  }

  private static List<String> describe(FactBatch b) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < b.size(); i++) {
      out.add(b.host(i) + " " + b.key(i) + " " + (b.key(i) == 0 ? b.hostPages(i) : b.stats(i)));
    }
    return out;
  }
}
