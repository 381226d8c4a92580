package org.winnow.jobs.stages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.winnow.classify.BlockStats;
import org.winnow.classify.CorpusStats;
import org.winnow.classify.ParagraphClassifier;
import org.winnow.model.Block;
import org.winnow.model.Hosts;
import org.winnow.model.Page;
import org.winnow.settings.Settings;
import org.winnow.text.TextKey;
import scala.Tuple2;

/**
 * Counts what the corpus says about every block (how many pages of its host carry its text, how
 * many hosts and how many pages in all, how many pages have it as their title) and classifies each
 * page's blocks with those counts.
 *
 * <p>Only the counts travel: facts about a page are routed back to the partition the page lives in
 * and zipped with it, so pages are never shuffled.
 */
public final class ClassifyStage implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Settings settings;

  public ClassifyStage(Settings settings) {
    this.settings = settings;
  }

  /** A host and a normalised-text key. */
  record HostKey(String host, long key) implements Serializable {}

  /** A fact routed to a page: block stats at a position, or the host's page count. */
  record Fact(String docId, int position, BlockStats stats, int hostPageCount)
      implements Serializable {}

  /** The outlet a page counts under (see {@link Hosts#outletOf(Page)}). */
  static String hostOf(Page p) {
    return Hosts.outletOf(p);
  }

  /** Classified pages, partition for partition with {@code pages}. */
  public JavaRDD<ClassifiedPage> run(JavaRDD<Page> pages) {
    int partitions = pages.getNumPartitions();

    JavaPairRDD<HostKey, Integer> hostPages =
        pages
            .flatMapToPair(
                p -> {
                  Set<Long> keys = new HashSet<>();
                  for (Block b : p.blocks()) {
                    long k = b.key();
                    if (k != 0) keys.add(k);
                  }
                  String host = hostOf(p);
                  List<Tuple2<HostKey, Integer>> out = new ArrayList<>(keys.size());
                  for (long k : keys) out.add(new Tuple2<>(new HostKey(host, k), 1));
                  return out.iterator();
                })
            .reduceByKey(Integer::sum);

    // per key: hosts carrying it and pages carrying it (the sum of its per-host page counts)
    JavaPairRDD<Long, Tuple2<Integer, Integer>> hostsPerKey =
        hostPages
            .mapToPair(t -> new Tuple2<>(t._1.key(), new Tuple2<>(1, t._2)))
            .reduceByKey((a, b) -> new Tuple2<>(a._1 + b._1, a._2 + b._2));

    JavaPairRDD<Long, Integer> titlePages =
        pages
            .mapToPair(p -> new Tuple2<>(p.title() == null ? 0L : TextKey.of(p.title()), 1))
            .filter(t -> t._1 != 0)
            .reduceByKey(Integer::sum);

    JavaPairRDD<HostKey, BlockStats> repeated =
        hostPages
            .mapToPair(t -> new Tuple2<>(t._1.key(), new Tuple2<>(t._1.host(), t._2)))
            .join(hostsPerKey)
            .leftOuterJoin(titlePages)
            .mapToPair(
                t -> {
                  long key = t._1;
                  Tuple2<String, Integer> hostCount = t._2._1._1;
                  Tuple2<Integer, Integer> spread = t._2._1._2;
                  Optional<Integer> titles = t._2._2;
                  return new Tuple2<>(
                      new HostKey(hostCount._1, key),
                      new BlockStats(hostCount._2, spread._1, titles.orElse(0), spread._2));
                })
            .filter(t -> t._2.pages() > 1 || t._2.titlePages() > 0);

    JavaPairRDD<HostKey, Tuple2<Integer, Fact>> blockRefs =
        JavaPairRDD.fromJavaRDD(
            pages.mapPartitionsWithIndex(
                (idx, it) ->
                    Lazily.flatMap(
                        it,
                        p -> {
                          String host = hostOf(p);
                          List<Tuple2<HostKey, Tuple2<Integer, Fact>>> out = new ArrayList<>();
                          for (Block b : p.blocks()) {
                            long k = b.key();
                            if (k != 0) {
                              out.add(
                                  new Tuple2<>(
                                      new HostKey(host, k),
                                      new Tuple2<>(
                                          idx, new Fact(p.docId(), b.position(), null, 0))));
                            }
                          }
                          return out;
                        }),
                true));

    JavaPairRDD<Integer, Fact> blockFacts =
        blockRefs
            .join(repeated)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2._1._1,
                        new Fact(t._2._1._2.docId(), t._2._1._2.position(), t._2._2, 0)));

    JavaPairRDD<String, Integer> hostCounts =
        pages.mapToPair(p -> new Tuple2<>(hostOf(p), 1)).reduceByKey(Integer::sum);
    JavaPairRDD<Integer, Fact> hostFacts =
        JavaPairRDD.fromJavaRDD(
                pages.mapPartitionsWithIndex(
                    (idx, it) ->
                        Lazily.flatMap(
                            it,
                            p -> List.of(new Tuple2<>(hostOf(p), new Tuple2<>(idx, p.docId())))),
                    true))
            .join(hostCounts)
            .mapToPair(t -> new Tuple2<>(t._2._1._1, new Fact(t._2._1._2, -1, null, t._2._2)));

    JavaRDD<Fact> facts =
        blockFacts.union(hostFacts).partitionBy(new PartitionIndex(partitions)).values();

    return pages.zipPartitions(
        facts,
        (pageIt, factIt) -> {
          Map<String, Integer> hostPageCount = new HashMap<>();
          Map<String, Map<Integer, BlockStats>> byDoc = new HashMap<>();
          while (factIt.hasNext()) {
            Fact f = factIt.next();
            if (f.position() < 0) {
              hostPageCount.put(f.docId(), f.hostPageCount());
            } else {
              byDoc.computeIfAbsent(f.docId(), d -> new HashMap<>()).put(f.position(), f.stats());
            }
          }
          ParagraphClassifier classifier = new ParagraphClassifier(settings);
          return new Iterator<ClassifiedPage>() {
            @Override
            public boolean hasNext() {
              return pageIt.hasNext();
            }

            @Override
            public ClassifiedPage next() {
              Page p = pageIt.next();
              CorpusStats stats =
                  new CorpusStats(
                      hostPageCount.getOrDefault(p.docId(), 1),
                      withoutOwnTitle(p, byDoc.getOrDefault(p.docId(), Map.of())));
              return new ClassifiedPage(p, classifier.classify(p, stats));
            }
          };
        });
  }

  /** A page's own title is not a sign that a line of it is some other page's headline. */
  private static Map<Integer, BlockStats> withoutOwnTitle(Page p, Map<Integer, BlockStats> stats) {
    if (stats.isEmpty() || p.title() == null) return stats;
    long titleKey = TextKey.of(p.title());
    if (titleKey == 0) return stats;
    Map<Integer, BlockStats> out = new HashMap<>(stats);
    for (Map.Entry<Integer, BlockStats> e : stats.entrySet()) {
      BlockStats s = e.getValue();
      if (s.titlePages() > 0 && p.blocks().get(e.getKey()).key() == titleKey) {
        out.put(
            e.getKey(), new BlockStats(s.hostPages(), s.hosts(), s.titlePages() - 1, s.pages()));
      }
    }
    return out;
  }
}
