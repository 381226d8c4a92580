package org.winnow.jobs.stages;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.winnow.dedup.DocMembership;
import scala.Tuple2;

/** Brings each document's story membership back to its classified page, without moving pages. */
public final class AssembleStage {
  private AssembleStage() {}

  /**
   * Every classified page with its membership; a page without one is a bug and fails the task.
   * {@code tallies} says which partition holds each document, so that the pages themselves are not
   * read to route the memberships to them.
   */
  public static JavaRDD<FinalDoc> attach(
      JavaRDD<ClassifiedPage> classified,
      JavaRDD<PartitionTally> tallies,
      JavaPairRDD<String, DocMembership> memberships) {
    int partitions = classified.getNumPartitions();
    JavaPairRDD<String, Integer> home =
        JavaPairRDD.fromJavaRDD(
            tallies.flatMap(
                t -> t.docIds().stream().map(id -> new Tuple2<>(id, t.partition())).iterator()));
    JavaRDD<DocMembership> routed =
        home.join(memberships)
            .mapToPair(t -> new Tuple2<>(t._2._1, t._2._2))
            .partitionBy(new PartitionIndex(partitions))
            .values();
    return classified.zipPartitions(
        routed,
        (pages, members) -> {
          Map<String, DocMembership> byDoc = new HashMap<>();
          members.forEachRemaining(m -> byDoc.put(m.docId(), m));
          return new Iterator<FinalDoc>() {
            @Override
            public boolean hasNext() {
              return pages.hasNext();
            }

            @Override
            public FinalDoc next() {
              ClassifiedPage c = pages.next();
              DocMembership m = byDoc.get(c.page().docId());
              if (m == null) {
                throw new IllegalStateException("no story membership for " + c.page().docId());
              }
              return new FinalDoc(c, m);
            }
          };
        });
  }
}
