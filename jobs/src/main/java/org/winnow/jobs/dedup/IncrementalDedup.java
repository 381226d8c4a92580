package org.winnow.jobs.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.winnow.dedup.BatchPairs;
import org.winnow.dedup.CanonicalCandidate;
import org.winnow.dedup.CanonicalChoice;
import org.winnow.dedup.CanonicalPolicy;
import org.winnow.dedup.CopyEvidence;
import org.winnow.dedup.CopyFacts;
import org.winnow.dedup.SetIndex;
import org.winnow.dedup.StoryCluster;
import org.winnow.dedup.StoryUpdate;
import org.winnow.jobs.output.Schemas;
import org.winnow.settings.Settings;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Deduplicates a new batch against the sketches and stories of an earlier run without reading,
 * parsing or classifying the earlier batch again.
 *
 * <ol>
 *   <li>The batch is shingled and signed as in a full run; its template guard uses the batch's own
 *       counts plus every (host, shingle) key earlier runs found to be template.
 *   <li>Its band keys and exact-content keys are grouped with the stored ones (only stored keys the
 *       batch also has are read into the shuffle); buckets without a new document are skipped, and
 *       buckets yield the pairs a full run would make except those between two earlier documents
 *       ({@link BatchPairs}).
 *   <li>Pairs are verified as in a full run, with the stored shingle set for the earlier side.
 *   <li>Components are computed over new documents and earlier <em>stories</em>: an edge to an
 *       earlier document is an edge to its story, so earlier stories stay whole and a new copy of
 *       two of them joins them into one.
 *   <li>Each touched story's canonical contest is run again over its earlier members (from their
 *       sketches) and its new ones; the story is named after the winner, so a new copy that the
 *       policy prefers (an agency's own copy, an earlier one) renames the story and the earlier
 *       documents' {@code cluster_id} in {@code dedup_sketches} follows. New members are checked
 *       against the canonical copy as in a full run; earlier members are never split off, and an
 *       earlier story joins only when its canonical copy verifies against the component's.
 *   <li>New documents that failed get a second chance among themselves: components of the edges
 *       between them, a contest and a check per component, as a full run would have grouped them
 *       had the earlier story not linked them elsewhere; those that fail again stand alone.
 * </ol>
 *
 * <pre>{@code
 * PriorRun day1 = SketchStore.open(spark, "out/day1", settings);
 * IncrementalDedup.Result r = new IncrementalDedup(settings).run(day2Facts, day1);
 * r.dedup().memberships(); // one per new document
 * r.dedup().clusters();    // every story: earlier ones as they were, touched and new ones rebuilt
 * r.dedup().sketches();    // every document so far, earlier ones with their current story
 * }</pre>
 *
 * <p>Like {@link DedupStage}, the result depends only on the new batch and the earlier output,
 * never on partitioning: every choice is a minimum under a total order.
 */
public final class IncrementalDedup implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(IncrementalDedup.class);
  private static final int MAX_ROUNDS = 200;

  /** The full run's stage: its components and settings serve the batch too. */
  private final DedupStage full;

  public IncrementalDedup(Settings settings) {
    this.full = new DedupStage(settings);
  }

  /**
   * The dedup result of an incremental run, and what it did to earlier stories.
   *
   * @param incremental counters of the earlier output and of the stories the batch touched
   */
  public record Result(DedupResult dedup, Map<String, Long> incremental) {}

  private static final StructType KEYS =
      new StructType()
          .add("key", DataTypes.LongType, false)
          .add("doc", DataTypes.StringType, false)
          .add("size", DataTypes.IntegerType, false)
          .add("fresh", DataTypes.BooleanType, false);

  private static final StructType IDS = new StructType().add("doc_id", DataTypes.StringType, false);

  private static final StructType LABELS =
      new StructType()
          .add("cluster_id", DataTypes.StringType, false)
          .add("label", DataTypes.StringType, false);

  /** Groups the new documents {@code input} into the stories of {@code prior} and new ones. */
  public Result run(JavaRDD<CopyFacts> input, SketchStore.PriorRun prior) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(input.context());
    SparkSession spark = prior.sketches().sparkSession();
    int parts =
        full.shufflePartitions > 0
            ? full.shufflePartitions
            : Math.max(input.getNumPartitions(), jsc.defaultParallelism());
    Partitioner byDoc = new HashPartitioner(parts);
    Dataset<Row> old = prior.sketches();

    JavaPairRDD<String, DedupStage.Shingled> shingled =
        input
            .mapToPair(f -> new Tuple2<>(f.docId(), f))
            .partitionBy(byDoc)
            .mapValues(f -> DedupStage.Shingled.of(f, full.shingler, full.headlineMinWords))
            // the new batch's article text: on disk, as in the full run
            .persist(StorageLevel.DISK_ONLY());
    long docs = shingled.count();
    long ids = shingled.keys().distinct(parts).count();
    if (ids != docs) {
      throw new IllegalArgumentException(
          "doc ids must be unique: " + docs + " documents carry " + ids + " distinct ids");
    }
    long[] templateKeys = union(templateKeys(spark, jsc, shingled, old), prior.templates());
    Broadcast<SetIndex> templates = jsc.broadcast(SetIndex.of(templateKeys));
    JavaPairRDD<String, DedupStage.Doc> fresh =
        shingled
            .mapValues(
                s ->
                    DedupStage.Doc.of(
                        s,
                        templates.value(),
                        full.guard,
                        full.lsh,
                        full.verifier,
                        full.minShingles))
            .persist(StorageLevel.DISK_ONLY());
    shingled.unpersist(false);
    long tooShort = fresh.filter(d -> !d._2().eligible).count();

    Dataset<Row> freshIds = spark.createDataFrame(fresh.keys().map(RowFactory::create), IDS);
    List<String> clash =
        freshIds.join(old.select("doc_id"), "doc_id").limit(3).collectAsList().stream()
            .map(r -> r.getString(0))
            .toList();
    if (!clash.isEmpty()) {
      throw new IllegalArgumentException(
          "the new batch has documents already in "
              + prior.path()
              + " (e.g. "
              + String.join(", ", clash)
              + "): an input was given twice; give only the new inputs with --previous");
    }

    // candidates: band buckets, headline buckets and exact-content groups that hold a new document
    Dataset<Row> freshBands = keys(spark, fresh, false);
    Column eligible = size(col("band_keys")).gt(0);
    Dataset<Row> buckets =
        groups(
                freshBands,
                stored(old, explode(col("band_keys")), eligible, freshBands)
                    .unionByName(
                        stored(
                            old,
                            col("headline_key"),
                            headlineSeat(eligible, "headline_key"),
                            freshBands))
                    .unionByName(
                        stored(
                            old,
                            col("headline_unlabelled_key"),
                            headlineSeat(eligible, "headline_unlabelled_key"),
                            freshBands))
                    .unionByName(
                        stored(
                            old,
                            explode(phraseKeys()),
                            eligible.and(col("dateline_key").notEqual(0)),
                            freshBands)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long bucketCount = buckets.count();
    long capped = buckets.where(col("n").gt(full.maxBucket)).count();
    if (capped > 0) {
      LOG.warn(
          "{} LSH buckets hold more than {} documents and were skipped", capped, full.maxBucket);
    }
    Dataset<Row> freshExact = keys(spark, fresh, true);
    Dataset<Row> exactGroups =
        groups(freshExact, stored(old, col("exact_key"), col("exact_key").notEqual(0), freshExact));
    JavaPairRDD<BatchPairs.Pair, Boolean> candidates =
        pairs(buckets.where(col("n").leq(full.maxBucket)), false)
            .union(pairs(exactGroups, true))
            .reduceByKey((a, b) -> a || b, parts)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long candidateCount = candidates.count();
    long exactCount = candidates.filter(Tuple2::_2).count();
    buckets.unpersist(false);

    // verification: each side's set and date, and the graph node it stands for
    Dataset<Row> endpoints =
        spark.createDataFrame(
            candidates
                .keys()
                .flatMap(p -> List.of(p.a(), p.b()).iterator())
                .distinct(parts)
                .map(RowFactory::create),
            IDS);
    JavaPairRDD<String, Side> sides =
        fresh
            .mapValues(d -> new Side(d.evidence(), d.facts.docId()))
            .union(
                old.join(endpoints, old.col("doc_id").equalTo(endpoints.col("doc_id")), "left_semi")
                    .select(evidenceColumns(col("doc_id"), col("cluster_id")))
                    .javaRDD()
                    .mapToPair(
                        r ->
                            new Tuple2<>(
                                r.getString(0),
                                new Side(SketchStore.evidence(r, 2), r.getString(1)))));
    JavaPairRDD<String, String> edges =
        candidates
            .mapToPair(t -> new Tuple2<>(t._1().a(), new Tuple2<>(t._1().b(), t._2())))
            .join(sides, byDoc)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1()._1(), new Tuple2<>(t._2()._2(), (boolean) t._2()._1()._2())))
            .join(sides, byDoc)
            .filter(
                t -> {
                  Side a = t._2()._1()._1();
                  Side b = t._2()._2();
                  return t._2()._1()._2() || full.verifier.verify(a.evidence, b.evidence);
                })
            .mapToPair(t -> new Tuple2<>(t._2()._1()._1().node, t._2()._2().node))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long verifiedCount = edges.count();
    candidates.unpersist(false);

    // components over new documents and earlier stories
    ConnectedComponents.Result<String> cc = ConnectedComponents.of(edges, byDoc, MAX_ROUNDS);
    JavaPairRDD<String, String> freshLabel =
        fresh
            .mapValues(d -> Boolean.TRUE)
            .leftOuterJoin(cc.labels(), byDoc)
            .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().orElse(t._1())))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> storyLabel =
        cc.labels().subtractByKey(fresh).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> linked =
        spark
            .createDataFrame(storyLabel.map(t -> RowFactory.create(t._1(), t._2())), LABELS)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long linkedCount = linked.count();

    // each component's contest: its new documents and every earlier member of its stories
    JavaPairRDD<String, DedupStage.Tally> freshTally =
        fresh
            .join(freshLabel, byDoc)
            .mapToPair(
                t -> {
                  CanonicalPolicy.Contest c = CanonicalPolicy.Contest.of(t._2()._1().candidate());
                  return new Tuple2<>(t._2()._2(), new DedupStage.Tally(c, 1));
                });
    JavaPairRDD<String, DedupStage.Tally> earlierTally =
        old.join(linked, "cluster_id")
            .select(
                col("label"),
                col("doc_id"),
                col("url"),
                col("host"),
                col("byline"),
                col("published_at"),
                size(col("open_shingles")),
                col("n_content_paragraphs"))
            .javaRDD()
            .mapToPair(
                r -> {
                  CanonicalCandidate c =
                      new CanonicalCandidate(
                          r.getString(1),
                          r.getString(2),
                          r.getString(3),
                          r.isNullAt(4) ? null : r.getString(4),
                          SketchStore.instant(r, 5),
                          r.getInt(6),
                          r.getInt(7));
                  return new Tuple2<>(
                      r.getString(0), new DedupStage.Tally(CanonicalPolicy.Contest.of(c), 1));
                });
    JavaPairRDD<String, DedupStage.Decision> decisions =
        freshTally
            .union(earlierTally)
            .reduceByKey(
                (a, b) ->
                    new DedupStage.Tally(full.policy.merge(a.contest, b.contest), a.size + b.size),
                parts)
            .mapValues(t -> new DedupStage.Decision(full.policy.decide(t.contest), t.size))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, CanonicalChoice> nameOf =
        decisions.mapValues(d -> d.choice).persist(StorageLevel.MEMORY_AND_DISK());

    // new documents placed in their stories, checked against the canonical copy
    JavaPairRDD<String, DedupStage.Decision> placement =
        freshLabel.mapToPair(Tuple2::swap).join(decisions, byDoc).mapToPair(Tuple2::_2);
    JavaPairRDD<String, String> wanted =
        placement
            .filter(p -> !p._1().equals(p._2().choice.docId()))
            .mapToPair(p -> new Tuple2<>(p._2().choice.docId(), p._1()));
    // each linked earlier story S with its component's label and canonical copy C
    JavaPairRDD<String, Tuple2<String, String>> storyCheck =
        storyLabel
            .mapToPair(Tuple2::swap)
            .join(nameOf, byDoc)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2().docId())));
    JavaRDD<String> wantedList =
        wanted
            .keys()
            .union(storyCheck.keys())
            .union(storyCheck.values().map(Tuple2::_2))
            .distinct(parts);
    Dataset<Row> wantedIds = spark.createDataFrame(wantedList.map(RowFactory::create), IDS);
    JavaPairRDD<String, CopyEvidence> sets =
        fresh
            .mapValues(d -> d.evidence())
            .union(
                old.join(wantedIds, old.col("doc_id").equalTo(wantedIds.col("doc_id")), "left_semi")
                    .select(evidenceColumns(col("doc_id")))
                    .javaRDD()
                    .mapToPair(r -> new Tuple2<>(r.getString(0), SketchStore.evidence(r, 1))))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, CopyEvidence> canonicalSets =
        wanted.join(sets, byDoc).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
    JavaRDD<DedupStage.Placed> firstPlaced =
        fresh
            .join(placement, byDoc)
            .leftOuterJoin(canonicalSets, byDoc)
            .map(t -> full.place(t._2()._1()._1(), t._2()._1()._2(), t._2()._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // new documents split off a component get a second chance among themselves: what joined them
    // to it was often an earlier story they do not belong to, which a full run would not have seen
    JavaPairRDD<String, Boolean> residual =
        firstPlaced
            .filter(p -> p.splitOff)
            .mapToPair(p -> new Tuple2<>(p.membership.docId(), Boolean.TRUE))
            .partitionBy(byDoc)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long secondChance = residual.count();
    JavaPairRDD<String, String> residualEdges =
        edges
            .join(residual, byDoc)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
            .join(residual, byDoc)
            .mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()));
    JavaPairRDD<String, String> residualLabel =
        residual
            .leftOuterJoin(ConnectedComponents.of(residualEdges, byDoc, MAX_ROUNDS).labels(), byDoc)
            .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().orElse(t._1())));
    JavaPairRDD<String, DedupStage.Doc> residualDocs =
        fresh.join(residual, byDoc).mapValues(Tuple2::_1);
    JavaPairRDD<String, DedupStage.Decision> residualDecisions =
        residualDocs
            .join(residualLabel, byDoc)
            .mapToPair(
                t -> {
                  CanonicalPolicy.Contest c = CanonicalPolicy.Contest.of(t._2()._1().candidate());
                  return new Tuple2<>(t._2()._2(), new DedupStage.Tally(c, 1));
                })
            .reduceByKey(
                (a, b) ->
                    new DedupStage.Tally(full.policy.merge(a.contest, b.contest), a.size + b.size),
                parts)
            .mapValues(t -> new DedupStage.Decision(full.policy.decide(t.contest), t.size))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, DedupStage.Decision> residualPlacement =
        residualLabel.mapToPair(Tuple2::swap).join(residualDecisions, byDoc).mapToPair(Tuple2::_2);
    JavaPairRDD<String, CopyEvidence> residualCanonicalSets =
        residualPlacement
            .filter(p -> !p._1().equals(p._2().choice.docId()))
            .mapToPair(p -> new Tuple2<>(p._2().choice.docId(), p._1()))
            .join(residualDocs.mapValues(d -> d.evidence()), byDoc)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
    JavaRDD<DedupStage.Placed> placed =
        firstPlaced
            .filter(p -> !p.splitOff)
            .union(
                residualDocs
                    .join(residualPlacement, byDoc)
                    .leftOuterJoin(residualCanonicalSets, byDoc)
                    .map(t -> full.place(t._2()._1()._1(), t._2()._1()._2(), t._2()._2())))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long splitOff = placed.filter(p -> p.splitOff).count();
    firstPlaced.unpersist(false);

    // an earlier story joins its component only when its canonical copy is a copy of the
    // component's: a new brief that two stories both contain must not make them one
    JavaPairRDD<String, String> joined =
        storyCheck
            .join(sets, byDoc)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1()._2(), new Tuple3<>(t._1(), t._2()._1()._1(), t._2()._2())))
            .join(sets, byDoc)
            .filter(
                t ->
                    t._1().equals(t._2()._1()._1())
                        || full.verifier.verify(t._2()._1()._3(), t._2()._2()))
            .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._2()._1()._2()));
    Dataset<Row> touched =
        spark
            .createDataFrame(joined.map(t -> RowFactory.create(t._1(), t._2())), LABELS)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long touchedCount = touched.count();

    // story rows: untouched earlier rows as they were; touched and new ones rebuilt
    JavaPairRDD<String, CanonicalChoice> choiceById =
        nameOf
            .values()
            .union(residualDecisions.values().map(d -> d.choice))
            .mapToPair(c -> new Tuple2<>(c.docId(), c));
    Dataset<Row> earlierRows = prior.clusters();
    Column[] clusterColumns =
        java.util.Arrays.stream(earlierRows.columns())
            .map(c -> earlierRows.col(c))
            .toArray(Column[]::new);
    JavaPairRDD<String, StoryUpdate> touchedRows =
        earlierRows
            .join(touched, earlierRows.col("cluster_id").equalTo(touched.col("cluster_id")))
            .select(withLabel(clusterColumns, touched.col("label")))
            .javaRDD()
            .mapToPair(
                r ->
                    new Tuple2<>(
                        r.getString(r.length() - 1), StoryUpdate.ofStory(SketchStore.cluster(r))))
            .join(nameOf, byDoc)
            .mapToPair(t -> new Tuple2<>(t._2()._2().docId(), t._2()._1()));
    JavaPairRDD<String, StoryUpdate> freshRows =
        placed
            .filter(p -> !p.splitOff)
            .mapToPair(
                p ->
                    new Tuple2<>(
                        p.membership.clusterId(),
                        StoryUpdate.ofCopy(p.url, p.host, p.publishedAt)));
    JavaRDD<StoryCluster> rebuilt =
        touchedRows
            .union(freshRows)
            .reduceByKey(StoryUpdate::merge, parts)
            .join(choiceById, byDoc)
            .map(t -> t._2()._1().toCluster(t._2()._2()));
    JavaRDD<StoryCluster> splitRows =
        placed
            .filter(p -> p.splitOff)
            .map(
                p ->
                    StoryUpdate.ofCopy(p.url, p.host, p.publishedAt)
                        .toCluster(new CanonicalChoice(p.membership.docId(), p.reason)));
    JavaRDD<StoryCluster> kept =
        earlierRows
            .join(
                touched,
                earlierRows.col("cluster_id").equalTo(touched.col("cluster_id")),
                "left_anti")
            .javaRDD()
            .map(SketchStore::cluster);
    JavaRDD<StoryCluster> clusters =
        kept.union(rebuilt).union(splitRows).persist(StorageLevel.MEMORY_AND_DISK());
    long clusterCount = clusters.count();
    long multi = clusters.filter(c -> c.size() > 1).count();

    // every document's sketch, earlier ones moved to their story's current name
    Dataset<Row> renames =
        spark
            .createDataFrame(
                joined
                    .mapToPair(Tuple2::swap)
                    .join(nameOf, byDoc)
                    .map(t -> RowFactory.create(t._2()._1(), t._2()._2().docId()))
                    .filter(r -> !r.getString(0).equals(r.getString(1))),
                new StructType()
                    .add("old_cluster_id", DataTypes.StringType, false)
                    .add("new_cluster_id", DataTypes.StringType, false))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long renamed = renames.count();
    List<Column> sketchColumns = new ArrayList<>();
    for (String c : Schemas.DEDUP_SKETCHES_SCHEMA.fieldNames()) {
      sketchColumns.add(
          c.equals("cluster_id")
              ? coalesce(col("new_cluster_id"), old.col("cluster_id")).as("cluster_id")
              : old.col(c));
    }
    Dataset<Row> earlierSketches =
        old.join(renames, old.col("cluster_id").equalTo(renames.col("old_cluster_id")), "left")
            .select(sketchColumns.toArray(Column[]::new));
    Dataset<Row> sketches =
        earlierSketches.unionByName(SketchStore.frame(spark, placed.map(p -> p.sketch)));

    for (JavaPairRDD<?, ?> done :
        List.of(
            fresh, edges, freshLabel, storyLabel, decisions, sets, residual, residualDecisions)) {
      done.unpersist(false);
    }
    DedupCounters counters =
        new DedupCounters(
            docs,
            tooShort,
            templateKeys.length,
            bucketCount,
            capped,
            0,
            candidateCount,
            exactCount,
            verifiedCount,
            cc.rounds(),
            0,
            splitOff,
            clusterCount,
            multi);
    Map<String, Long> incremental = new LinkedHashMap<>();
    incremental.put("previous_docs", old.count());
    incremental.put("previous_stories", earlierRows.count());
    incremental.put("linked_stories", linkedCount);
    incremental.put("touched_stories", touchedCount);
    incremental.put("renamed_stories", renamed);
    incremental.put("second_chance_docs", secondChance);
    LOG.info("incremental dedup counters {}; {}", counters.asMap(), incremental);
    return new Result(
        new DedupResult(placed.map(p -> p.membership), clusters, counters, sketches, templateKeys),
        incremental);
  }

  /**
   * The (host, shingle) and (host, paragraph) keys that are template on their host counting the
   * batch's pages and the earlier pages of the same hosts, as a full run over both would; earlier
   * pages count by their stored page keys and sets, from which the template already found was
   * removed (those keys are stored apart).
   */
  private long[] templateKeys(
      SparkSession spark,
      JavaSparkContext jsc,
      JavaPairRDD<String, DedupStage.Shingled> shingled,
      Dataset<Row> old) {
    Map<String, Long> hostPages =
        new java.util.HashMap<>(shingled.values().map(s -> s.facts.host()).countByValue());
    Dataset<Row> hosts =
        spark.createDataFrame(
            hostPages.keySet().stream().map(RowFactory::create).toList(),
            new StructType().add("host", DataTypes.StringType, false));
    Dataset<Row> earlier = old.join(hosts, "host");
    for (Row r : earlier.groupBy("host").count().collectAsList()) {
      hostPages.merge(r.getString(0), r.getLong(1), Long::sum);
    }
    Map<String, int[]> needed = full.pagesNeeded(hostPages);
    if (needed.isEmpty()) return new long[0];
    Broadcast<Map<String, int[]>> need = jsc.broadcast(needed);
    JavaRDD<Row> rows =
        shingled
            .values()
            .flatMap(
                s ->
                    full.templateRows(
                            s.facts.host(),
                            s.text.set(),
                            DedupStage.templatePageKeys(s.facts.pageKeys(), s.headline),
                            need.value().get(s.facts.host()))
                        .iterator())
            .union(
                earlier
                    .select("host", "shingles", "page_keys", "headline_key")
                    .javaRDD()
                    .flatMap(
                        r ->
                            full.templateRows(
                                    r.getString(0),
                                    SketchStore.longs(r.getList(1)),
                                    DedupStage.templatePageKeys(
                                        SketchStore.longs(r.getList(2)),
                                        new org.winnow.dedup.Headline.Keys(r.getLong(3), 0)),
                                    need.value().get(r.getString(0)))
                                .iterator()));
    long[] keys = DedupStage.keysOnEnoughPages(rows);
    need.destroy();
    return keys;
  }

  /** Sorted distinct union of two sorted key arrays. */
  static long[] union(long[] a, long[] b) {
    long[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return org.winnow.dedup.ShingleSets.of(all);
  }

  /** The new documents' band keys (or exact-content keys), one row per key. */
  private static Dataset<Row> keys(
      SparkSession spark, JavaPairRDD<String, DedupStage.Doc> fresh, boolean exact) {
    JavaRDD<Row> rows =
        fresh
            .values()
            .filter(d -> d.eligible)
            .flatMap(
                d -> {
                  String id = d.facts.docId();
                  int n = d.openSize;
                  if (exact) return List.of(RowFactory.create(d.exactKey, id, n, true)).iterator();
                  List<Row> out = new ArrayList<>(d.bandKeys.length + 2);
                  for (long k : d.bandKeys) out.add(RowFactory.create(k, id, n, true));
                  // the headline keys share the band buckets' grouping (their hashes differ)
                  for (long k : d.headlineKeys) {
                    out.add(RowFactory.create(k, id, n, true));
                  }
                  return out.iterator();
                });
    return spark.createDataFrame(rows, KEYS);
  }

  /**
   * A stored document's {@link org.winnow.dedup.Headline#phraseKeys}, as the new documents' are
   * made: each headline phrase its lead holds, xor its dateline shifted left by one, xor the salt.
   */
  private static Column phraseKeys() {
    return expr(
        "transform(array_intersect(headline_phrases, open_lead), p -> p ^ shiftleft(dateline_key,"
            + " 1) ^ "
            + org.winnow.dedup.Headline.PHRASE_SALT
            + "L)");
  }

  /**
   * Whether a stored document takes a seat under its headline key column {@code key}, as {@link
   * Buckets#headlineKeys} decides for a new one: eligible, with a dateline and that key.
   */
  private static Column headlineSeat(Column eligible, String key) {
    return eligible.and(col("dateline_key").notEqual(0)).and(col(key).notEqual(0));
  }

  /** The stored documents' keys ({@code key} of the eligible ones) that the batch also has. */
  private static Dataset<Row> stored(
      Dataset<Row> old, Column key, Column eligible, Dataset<Row> freshKeys) {
    Dataset<Row> mine =
        old.where(eligible)
            .select(
                key.as("key"),
                col("doc_id").as("doc"),
                size(col("open_shingles")).as("size"),
                lit(false).as("fresh"));
    Dataset<Row> wanted = freshKeys.select(col("key").as("wanted")).distinct();
    return mine.join(wanted, mine.col("key").equalTo(wanted.col("wanted")), "left_semi");
  }

  /** Keys held by at least two documents, one of them new: size and members of each. */
  private static Dataset<Row> groups(Dataset<Row> freshKeys, Dataset<Row> storedKeys) {
    return freshKeys
        .unionByName(storedKeys)
        .groupBy("key")
        .agg(
            count(lit(1)).as("n"),
            max(col("fresh")).as("touched"),
            collect_list(struct(col("doc"), col("size"), col("fresh"))).as("members"))
        .where(col("n").geq(2).and(col("touched")));
  }

  /** The pairs of every group, marked exact or not. */
  private static JavaPairRDD<BatchPairs.Pair, Boolean> pairs(Dataset<Row> groups, boolean exact) {
    return groups
        .select("members")
        .javaRDD()
        .flatMapToPair(
            r -> {
              List<BatchPairs.Member> members = new ArrayList<>();
              for (Row m : r.<Row>getList(0)) {
                members.add(new BatchPairs.Member(m.getString(0), m.getInt(1), m.getBoolean(2)));
              }
              List<BatchPairs.Pair> ps =
                  exact ? BatchPairs.exactStar(members) : BatchPairs.anchored(members);
              List<Tuple2<BatchPairs.Pair, Boolean>> out = new ArrayList<>(ps.size());
              for (BatchPairs.Pair p : ps) out.add(new Tuple2<>(p, exact));
              return out.iterator();
            });
  }

  private static Column[] withLabel(Column[] columns, Column label) {
    Column[] out = java.util.Arrays.copyOf(columns, columns.length + 1);
    out[columns.length] = label;
    return out;
  }

  /** {@code first} followed by the columns {@link SketchStore#evidence} reads. */
  private static Column[] evidenceColumns(Column... first) {
    Column[] out =
        java.util.Arrays.copyOf(first, first.length + SketchStore.EVIDENCE_COLUMNS.length);
    for (int i = 0; i < SketchStore.EVIDENCE_COLUMNS.length; i++) {
      out[first.length + i] = col(SketchStore.EVIDENCE_COLUMNS[i]);
    }
    return out;
  }

  /** One side of a candidate pair: what verification compares and its node in the story graph. */
  static final class Side implements Serializable {
    private static final long serialVersionUID = 1L;
    final CopyEvidence evidence;
    final String node;

    Side(CopyEvidence evidence, String node) {
      this.evidence = evidence;
      this.node = node;
    }
  }
}
