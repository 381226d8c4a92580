package org.winnow.jobs.dedup;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.winnow.dedup.CanonicalCandidate;
import org.winnow.dedup.CanonicalChoice;
import org.winnow.dedup.CanonicalPolicy;
import org.winnow.dedup.ComponentSplitter;
import org.winnow.dedup.CopyEvidence;
import org.winnow.dedup.CopyFacts;
import org.winnow.dedup.DedupSettings;
import org.winnow.dedup.DocKeys;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.DocSketch;
import org.winnow.dedup.Headline;
import org.winnow.dedup.PairVerifier;
import org.winnow.dedup.PassageLsh;
import org.winnow.dedup.Provenance;
import org.winnow.dedup.SetIndex;
import org.winnow.dedup.ShingleSets;
import org.winnow.dedup.ShingledText;
import org.winnow.dedup.Shingler;
import org.winnow.dedup.Similarity;
import org.winnow.dedup.StoryCluster;
import org.winnow.dedup.TemplateGuard;
import org.winnow.jobs.serde.PackedEvidence;
import org.winnow.jobs.stages.Lineage;
import org.winnow.jobs.stages.PartitionIndex;
import org.winnow.model.Hosts;
import org.winnow.settings.RunSettings;
import org.winnow.settings.Settings;
import org.winnow.text.TextKey;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The Spark stage that groups syndicated copies into stories.
 *
 * <ol>
 *   <li>Shingle each document's content paragraphs ({@link Shingler}).
 *   <li>Template guard: count, per host, the pages carrying each sampled shingle (one in {@code
 *       dedup.template_sample}) and each whole paragraph of the page, content or noise; paragraphs
 *       that are template on a host, word for word or by most of their sampled shingles ({@link
 *       TemplateGuard}), are removed from that host's documents before anything is signed. The text
 *       without only the template seen for certain (word-for-word paragraphs, sampled template
 *       shingles) is signed and compared across outlets, the text without every suspected paragraph
 *       within one outlet ({@link CopyEvidence}): stock phrases look like template too.
 *   <li>Candidates: exact copies by the hash of their whole normalised content, and passage
 *       MinHash/LSH band collisions ({@link PassageLsh}). A bucket pairs its members with two
 *       anchors (its longest and its shortest document) and with their neighbours by length, so a
 *       bucket of k documents costs at most 3(k - 1) pairs, never k²; a crowded one (beyond {@code
 *       dedup.crowded_bucket}) only k - 1, its neighbours by length ({@link Buckets#gather});
 *       buckets beyond {@code dedup.max_bucket} are skipped; both are counted and logged. Each pair
 *       counts the buckets that made it (its support): a pair made by fewer than {@code
 *       dedup.min_support} of its shorter document's band keys is dropped, since copies meet in the
 *       buckets of every passage they share and stories quoting a stock passage in a few.
 *   <li>Verification: each document's evidence travels once to every partition holding some of its
 *       candidate partners (so its shuffled bytes follow its number of partners, never the number
 *       of partitions), where the exact Jaccard, containment and lead check decide ({@link
 *       PairVerifier#verify}, the step the splitter, placement and incremental runs call too). It
 *       runs in slices of consecutive partitions of about {@code dedup.verify_slice_pairs} pairs,
 *       and a slice's shipped evidence is deleted once its edges are kept, so local disk holds one
 *       slice's shuffle whatever the input's size.
 *   <li>Connected components of the verified edges: by union-find on the driver when there are at
 *       most a million edges, else by large-star/small-star rounds ({@link ConnectedComponents}).
 *   <li>Canonical copy per component ({@link CanonicalPolicy}), with the component's members in
 *       hand in one task (up to {@code dedup.max_resplit} of them). Components above {@code
 *       dedup.giant_component} (and up to {@code dedup.max_resplit}) are divided by {@link
 *       ComponentSplitter} into stories whose every member verifies against the story's pivot, so a
 *       chain through a shared brief or a quotation no longer joins two stories and members the
 *       first story rejects form stories of their own rather than singletons; each member's
 *       similarity to its story's canonical copy and the paragraphs it shares with it follow.
 * </ol>
 *
 * <pre>{@code
 * DedupResult r = new DedupStage(settings).run(copyFacts);
 * r.memberships(); // one DocMembership per input document
 * r.clusters();    // one StoryCluster per story, singletons included
 * }</pre>
 *
 * <p>The result depends only on the set of input documents, not on their order or partitioning:
 * every choice (bucket anchor, component label, canonical copy) is a minimum under a total order.
 * Doc ids must be unique. Between the input and the placed memberships a document is known by its
 * id's long ({@link DocKeys}): shuffles, maps, sorts and the driver's union-find carry eight bytes
 * where the id's string took a walk over sixteen characters both ways, and ties fall as by the id.
 * The driver gathers counters, per-host page counts, the set of template (host, shingle) keys and,
 * up to a million, the verified edges; nothing else per document. Only the first step sees the
 * paragraphs' text: caches and shuffles carry shingles and keys.
 */
public final class DedupStage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(DedupStage.class);
  private static final int MAX_ROUNDS = 200;

  final Shingler shingler;
  final PassageLsh lsh;
  final PairVerifier verifier;
  final TemplateGuard guard;
  final CanonicalPolicy policy;
  final int minShingles;
  final int maxBucket;
  final int crowdedBucket;
  final double minSupport;
  final int headlineMinWords;
  final int headlineMaxShingles;
  private final int giantComponent;
  private final int maxResplit;

  /**
   * Edge lists up to this long are collected and labelled by union-find on the driver (at most a
   * few hundred MB of ids), larger ones by distributed rounds.
   */
  private final long driverEdges;

  /** Candidate pairs verified in one slice ({@code dedup.verify_slice_pairs}). */
  private final long verifySlicePairs;

  private final ComponentSplitter splitter;
  final int shufflePartitions;
  private final boolean cacheInMemory;
  private final Settings settings;

  /**
   * Whether the cached sets are locally checkpointed: run.local_checkpoint for this run's master.
   */
  private boolean checkpoint;

  public DedupStage(Settings settings) {
    this.shingler = new Shingler(settings);
    this.lsh = new PassageLsh(settings);
    this.verifier = new PairVerifier(settings);
    this.guard = new TemplateGuard(settings);
    this.policy = new CanonicalPolicy(settings);
    this.minShingles = settings.get(DedupSettings.MIN_SHINGLES);
    this.maxBucket = settings.get(DedupSettings.MAX_BUCKET);
    this.crowdedBucket = settings.get(DedupSettings.CROWDED_BUCKET);
    this.minSupport = settings.get(DedupSettings.MIN_SUPPORT);
    this.headlineMinWords = settings.get(DedupSettings.HEADLINE_MIN_WORDS);
    this.headlineMaxShingles = settings.get(DedupSettings.HEADLINE_MAX_SHINGLES);
    this.giantComponent = settings.get(DedupSettings.GIANT_COMPONENT);
    this.maxResplit = settings.get(DedupSettings.MAX_RESPLIT);
    this.driverEdges = settings.get(DedupSettings.DRIVER_EDGES);
    this.verifySlicePairs = settings.get(DedupSettings.VERIFY_SLICE_PAIRS);
    this.splitter = new ComponentSplitter(verifier, policy);
    this.shufflePartitions = settings.get(RunSettings.PARTITIONS);
    this.cacheInMemory = !settings.get(RunSettings.CACHE).equals("disk");
    this.settings = settings;
  }

  /** Groups {@code input} into stories. */
  public DedupResult run(JavaRDD<CopyFacts> input) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(input.context());
    SparkSession spark = SparkSession.builder().getOrCreate();
    checkpoint = RunSettings.localCheckpoint(settings, jsc.master());
    // As many shuffle partitions as input partitions by default: the input's partitions are sized
    // by its bytes (run.partition_bytes), and what one task of the verify and placement steps holds
    // (a partition's evidence, a component's members) is a fraction of what its input partition
    // held; more, smaller tasks only add a fixed cost to each of the stage's steps.
    int parts =
        shufflePartitions > 0
            ? shufflePartitions
            : Math.max(input.getNumPartitions(), jsc.defaultParallelism());
    // documents are keyed by their ids' longs (DocKeys) from here to their placement, in the
    // partitions their ids' strings would be in
    DocPartitioner byDoc = new DocPartitioner(parts);
    StorageLevel level = cacheLevel();
    Laps laps = new Laps();

    // shingled where the pages were read: the shuffle then carries hashes, not the paragraphs' text
    // (arrays of longs cost Kryo a copy, strings a walk over every character both ways)
    // checkpointed once counted, and the shuffle that placed it deleted: local disk then holds the
    // shingled documents once, not twice, while they are signed
    JavaPairRDD<Long, Shingled> shingled =
        Lineage.keep(
            input
                .mapToPair(
                    f ->
                        new Tuple2<>(
                            DocKeys.of(f.docId()), Shingled.of(f, shingler, headlineMinWords)))
                .partitionBy(byDoc),
            level,
            checkpoint);
    int[] placing = shufflesBehind(shingled.rdd().toJavaRDD());
    // One job counts documents, distinct ids and pages per host: copies of an id share a partition
    // (byDoc), so each partition's distinct count is exact without a shuffle. Ids are counted by
    // their keys, which is what the stage tells documents apart by.
    Census census = shingled.mapPartitions(Census::of, true).fold(new Census(), Census::plus);
    Lineage.release(jsc, placing);
    laps.lap("docs");
    if (census.ids != census.docs) {
      throw new IllegalArgumentException(
          "doc ids must be unique: "
              + census.docs
              + " documents carry "
              + census.ids
              + " distinct ids");
    }

    long[] templateKeys = templateKeys(jsc, shingled, census.hostPages);
    // looked up for every page's paragraphs and sampled shingles: hashed once, on the driver
    Broadcast<SetIndex> templates = jsc.broadcast(SetIndex.of(templateKeys));
    laps.lap("templates");
    // each set read by later passes is checkpointed where it is cached (run.local_checkpoint): once
    // computed, the shuffles it was built from are let go, so that local disk holds the shuffles of
    // a step or two rather than of the whole stage
    JavaPairRDD<Long, Doc> sketched =
        Lineage.keep(
            shingled.mapValues(
                s -> Doc.of(s, templates.value(), guard, lsh, verifier, minShingles)),
            level,
            checkpoint);

    // one shuffle gathers band buckets and exact groups; where each lands, its pairs and edges are
    // read off, and one job brings back the counts (and the exact edges when few)
    JavaRDD<Buckets.Gathered> gathered =
        Lineage.keep(
            sketched
                .values()
                .mapPartitionsToPair(docs -> Buckets.blocks(docs, parts))
                .partitionBy(new PartitionIndex(parts))
                .values()
                .mapPartitions(
                    blocks ->
                        List.of(
                                Buckets.gather(
                                    blocks, maxBucket, crowdedBucket, headlineMaxShingles))
                            .iterator()),
            level,
            checkpoint);
    long perPartition = driverEdges / parts;
    int[] bucketShuffle = shufflesBehind(gathered);
    List<EdgeBatch> bucketTallies =
        gathered
            .map(
                g ->
                    new EdgeBatch(
                        g.buckets(),
                        g.capped(),
                        g.exactFrom().length,
                        g.exactFrom().length <= perPartition ? g.exactFrom() : null,
                        g.exactFrom().length <= perPartition ? g.exactTo() : null,
                        g.crowded(),
                        g.pairsBySize()))
            .collect();
    long bucketCount = 0;
    long capped = 0;
    long crowded = 0;
    long exactCount = 0;
    long[] pairsBySize = new long[Buckets.SIZE_CLASSES];
    for (EdgeBatch t : bucketTallies) {
      bucketCount += t.first;
      capped += t.second;
      crowded += t.crowded;
      exactCount += t.edges;
      for (int c = 0; c < pairsBySize.length; c++) pairsBySize[c] += t.pairsByClass[c];
    }
    laps.lap("buckets");
    Lineage.release(jsc, bucketShuffle);
    shingled.unpersist(false);
    shingled = null; // what the driver holds, it cannot clean
    if (capped > 0) {
      LOG.warn("{} LSH buckets hold more than {} documents and were skipped", capped, maxBucket);
    }
    if (crowded > 0) {
      LOG.info(
          "{} LSH buckets hold more than {} documents and were paired by length only",
          crowded,
          crowdedBucket);
    }
    LOG.info("candidate pairs by bucket size (before merging): {}", sizeClasses(pairsBySize));
    // each document's candidate partners (the longer texts it pairs with, whose partitions its
    // evidence travels to), gathered in its own partition: a pair from many buckets is shipped
    // once per bucket task, never once per bucket, with the number of buckets that made it there;
    // the pairs too weakly supported are dropped once the counts are summed
    LongAccumulator weak = jsc.sc().longAccumulator("dedup weak pairs");
    JavaPairRDD<Long, Partners> partners =
        Lineage.keep(
            gathered
                .flatMapToPair(
                    g -> {
                      List<Tuple2<Long, Partners>> out = new ArrayList<>(g.docs().length);
                      for (int i = 0; i < g.docs().length; i++) {
                        out.add(
                            new Tuple2<>(
                                g.docs()[i],
                                new Partners(g.keyCounts()[i], g.partners()[i], g.support()[i])));
                      }
                      return out.iterator();
                    })
                .partitionBy(byDoc)
                .mapPartitionsToPair(
                    lists -> mergePartners(lists, this::supportNeeded, weak), true),
            level,
            checkpoint);
    // the pairs each partition's documents make, so that verification can run in slices of whole
    // partitions of about dedup.verify_slice_pairs pairs: each document's evidence is shipped once
    // to each partition of its partners, and a slice's shipped evidence is deleted before the next
    int[] partnerShuffle = shufflesBehind(partners.rdd().toJavaRDD());
    long[] pairsByPartition =
        partners
            .mapPartitions(
                ps -> {
                  long n = 0;
                  while (ps.hasNext()) n += ps.next()._2().ids().length;
                  return List.of(n).iterator();
                },
                true)
            .collect()
            .stream()
            .mapToLong(Long::longValue)
            .toArray();
    Lineage.release(jsc, partnerShuffle);
    int[][] slices = slices(pairsByPartition, verifySlicePairs);
    JavaPairRDD<Long, CopyEvidence> info = sketched.mapValues(d -> d.evidence());
    List<JavaRDD<EdgeBatch>> verifiedSlices = new ArrayList<>(slices.length);
    List<EdgeBatch> verifiedTallies = new ArrayList<>();
    long perBatch = driverEdges / ((long) parts * slices.length);
    for (int[] slice : slices) {
      Set<Integer> sources = new HashSet<>();
      for (int p : slice) sources.add(p);
      JavaPairRDD<Long, Partners> sliced =
          slices.length == 1
              ? partners
              : JavaPairRDD.fromJavaRDD(
                  partners.mapPartitionsWithIndex(
                      (p, ps) -> sources.contains(p) ? ps : Collections.emptyIterator(), true));
      JavaRDD<EdgeBatch> part = Lineage.keep(verify(sliced, sketched, byDoc), level, checkpoint);
      int[] shuffles = shufflesBehind(part);
      verifiedTallies.addAll(
          part.map(
                  v ->
                      new EdgeBatch(
                          v.first,
                          0,
                          v.edges,
                          v.edges <= perBatch ? v.from : null,
                          v.edges <= perBatch ? v.to : null,
                          0,
                          v.pairsByClass))
              .collect());
      // computed and checkpointed: nothing reads this slice's shipped evidence again
      Lineage.release(jsc, shuffles);
      verifiedSlices.add(part);
    }
    partners.unpersist(false);
    partners = null;
    JavaRDD<EdgeBatch> verified =
        verifiedSlices.size() == 1
            ? verifiedSlices.get(0)
            : jsc.union(verifiedSlices.toArray(new JavaRDD[0]));
    long candidateCount = 0;
    long verifiedCount = 0;
    boolean allInHand = true;
    long[] bySupport = new long[2 * SUPPORT_CLASSES];
    for (EdgeBatch t : verifiedTallies) {
      candidateCount += t.first;
      verifiedCount += t.edges;
      allInHand &= t.from != null;
      for (int c = 0; c < t.pairsByClass.length; c++) bySupport[c] += t.pairsByClass[c];
    }
    LOG.info(
        "{} candidate pairs verified, {} dropped as weakly supported; verified and accepted by"
            + " support share of the shorter document's band keys: {}",
        candidateCount,
        weak.value(),
        supportClasses(bySupport));
    for (EdgeBatch t : bucketTallies) allInHand &= t.from != null;
    LOG.info("candidate pairs verified in {} slices of partitions", slices.length);
    laps.lap("verified");

    JavaPairRDD<Long, Long> labels;
    int rounds;
    // the components re-checked (above dedup.giant_component) and too large to divide (above
    // dedup.max_resplit), when the labels were worked out on the driver; and every document's
    // label, in its partition
    long[] sizeCounts = null;
    JavaPairRDD<Long, ComponentLabel> alignedLabels = null;
    if (allInHand && verifiedCount + exactCount <= driverEdges) {
      List<long[]> from = new ArrayList<>();
      List<long[]> to = new ArrayList<>();
      for (List<EdgeBatch> batches : List.of(verifiedTallies, bucketTallies)) {
        for (EdgeBatch t : batches) {
          from.add(t.from);
          to.add(t.to);
        }
      }
      ConnectedComponents.Local cc = ConnectedComponents.local(from, to);
      int nodes = cc.nodes().size();
      // with each label go the document's partners that verification accepted, so that the
      // splitter need not verify them again (exact edges skipped verification: not among them),
      // laid out node after node
      int[] acceptedStart = new int[nodes + 1];
      for (EdgeBatch t : verifiedTallies) {
        for (long a : t.from) acceptedStart[cc.nodes().indexOf(a) + 1]++;
      }
      for (int i = 0; i < nodes; i++) acceptedStart[i + 1] += acceptedStart[i];
      long[] accepted = new long[acceptedStart[nodes]];
      int[] filled = acceptedStart.clone();
      for (EdgeBatch t : verifiedTallies) {
        for (int i = 0; i < t.from.length; i++) {
          accepted[filled[cc.nodes().indexOf(t.from[i])]++] = t.to[i];
        }
      }
      filled = null;
      int[] componentSize = new int[nodes];
      for (int i = 0; i < nodes; i++) componentSize[cc.labels()[i]]++;
      sizeCounts = new long[2];
      for (int n : componentSize) {
        if (n > giantComponent) sizeCounts[0]++;
        if (n > maxResplit) sizeCounts[1]++;
      }
      // the labels leave the driver already cut by their documents' partitions: slice p of a
      // list of one element per partition is that element, so no shuffle has to place them
      List<ArrayList<Tuple2<Long, ComponentLabel>>> local = new ArrayList<>(parts);
      for (int p = 0; p < parts; p++) local.add(new ArrayList<>());
      for (int i = 0; i < nodes; i++) {
        long key = cc.nodes().key(i);
        long[] verifiedWith =
            acceptedStart[i] == acceptedStart[i + 1]
                ? NO_KEYS
                : java.util.Arrays.copyOfRange(accepted, acceptedStart[i], acceptedStart[i + 1]);
        local
            .get(byDoc.of(key))
            .add(new Tuple2<>(key, new ComponentLabel(cc.label(i), verifiedWith)));
      }
      accepted = null;
      alignedLabels = jsc.parallelize(local, parts).flatMapToPair(List::iterator);
      labels = alignedLabels.mapValues(ComponentLabel::component);
      rounds = 0;
    } else {
      JavaPairRDD<Long, Long> edges =
          verified
              .flatMapToPair(EdgeBatch::pairs)
              .union(gathered.flatMapToPair(g -> EdgeBatch.pairs(g.exactFrom(), g.exactTo())));
      ConnectedComponents.Result<Long> cc = ConnectedComponents.of(edges, byDoc, MAX_ROUNDS);
      labels = cc.labels();
      rounds = cc.rounds();
    }
    laps.lap("components");
    gathered.unpersist(false);

    // every component of two or more documents, its members' evidence in hand: its canonical
    // contest, its division into stories when worth re-checking, and each member's overlap with its
    // story's canonical copy, in one task per component
    JavaPairRDD<Long, Component> components =
        (alignedLabels != null
                ? zipAlong(sketched, alignedLabels, false)
                    .mapToPair(
                        t ->
                            new Tuple2<>(
                                t._3().component(),
                                new Component(
                                    t._1(),
                                    t._2().candidate(),
                                    t._2().evidence(),
                                    t._3().verifiedWith())))
                : alongside(sketched, labels, byDoc, false)
                    .mapToPair(
                        t ->
                            new Tuple2<>(
                                t._3(),
                                new Component(
                                    t._1(), t._2().candidate(), t._2().evidence(), null))))
            .partitionBy(byDoc)
            .mapPartitionsToPair(c -> merged(c, (x, y) -> x.merge(y, policy, maxResplit)), true);
    long rechecked;
    long oversized;
    if (sizeCounts != null) {
      // the labels are in hand: the components' sizes need no pass over them
      rechecked = sizeCounts[0];
      oversized = sizeCounts[1];
    } else {
      components = components.persist(level);
      long[] componentCounts =
          components
              .map(
                  c ->
                      new long[] {
                        c._2().size > giantComponent ? 1 : 0, c._2().members == null ? 1 : 0
                      })
              .fold(new long[2], (x, y) -> new long[] {x[0] + y[0], x[1] + y[1]});
      rechecked = componentCounts[0];
      oversized = componentCounts[1];
    }
    if (oversized > 0 && sizeCounts != null) {
      components = components.persist(level);
    }
    laps.lap("rechecked");
    JavaPairRDD<Long, Verdict> verdicts = components.flatMapToPair(c -> verdicts(c._2()));
    if (oversized > 0) {
      // beyond dedup.max_resplit a component's members are not gathered in one task: each only
      // meets its canonical copy's evidence, by joins
      JavaPairRDD<Long, Decision> oversizedDecisions =
          components
              .filter(c -> c._2().members == null)
              .mapValues(c -> new Decision(policy.decide(c.contest), c.size));
      JavaPairRDD<Long, Decision> memberDecisions =
          labels.mapToPair(Tuple2::swap).join(oversizedDecisions, byDoc).mapToPair(t -> t._2());
      JavaPairRDD<Long, Verdict> pending =
          memberDecisions
              .mapToPair(t -> new Tuple2<>(DocKeys.of(t._2().choice.docId()), t))
              .join(info, byDoc)
              .mapToPair(
                  t ->
                      new Tuple2<>(
                          t._2()._1()._1(), Verdict.pending(t._2()._1()._2(), t._2()._2())));
      verdicts = verdicts.union(pending);
    }
    JavaRDD<Placed> placed =
        Lineage.keep(
            alongside(sketched, verdicts, byDoc, true).map(t -> place(t._2(), t._3())),
            level,
            checkpoint);

    // one job places every document and gathers the clusters with every counter of both
    JavaPairRDD<String, ClusterAgg> aggregated =
        Lineage.keep(
            placed
                .mapToPair(p -> new Tuple2<>(p.membership.clusterId(), ClusterAgg.of(p)))
                .partitionBy(new HashPartitioner(parts))
                .mapPartitionsToPair(c -> merged(c, ClusterAgg::merge), true),
            level,
            checkpoint);
    // the shuffles that gathered components, verdicts and clusters: read once, when the job below
    // computes the kept sets
    int[] placingShuffles =
        java.util.stream.IntStream.concat(
                java.util.Arrays.stream(shufflesBehind(placed)),
                java.util.Arrays.stream(shufflesBehind(aggregated.rdd().toJavaRDD())))
            .distinct()
            .toArray();
    long[] clusterCounts =
        aggregated
            .map(c -> new long[] {1, c._2().size > 1 ? 1 : 0, c._2().splitOff, c._2().tooShort})
            .fold(
                new long[4],
                (x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2], x[3] + y[3]});
    Lineage.release(jsc, placingShuffles);
    long clusterCount = clusterCounts[0];
    long multi = clusterCounts[1];
    long splitOff = clusterCounts[2];
    long tooShort = clusterCounts[3];
    JavaRDD<StoryCluster> clusters = aggregated.map(t -> t._2().toCluster(t._1()));
    laps.lap("clusters");
    // memberships and clusters are materialised and cached; what they were built from can go
    for (JavaPairRDD<?, ?> done : List.of(sketched, components)) done.unpersist(false);
    for (JavaRDD<EdgeBatch> v : verifiedSlices) v.unpersist(false);

    DedupCounters counters =
        new DedupCounters(
            census.docs,
            tooShort,
            templateKeys.length,
            bucketCount,
            capped,
            crowded,
            candidateCount,
            exactCount,
            verifiedCount,
            rounds,
            rechecked,
            splitOff,
            clusterCount,
            multi);
    LOG.info("dedup counters {}; phase times {}", counters.asMap(), laps);
    // incremental runs: what a later batch is deduplicated against (see SketchStore)
    Dataset<Row> sketches = SketchStore.frame(spark, placed.map(p -> p.sketch));
    return new DedupResult(
        placed.map(p -> p.membership), clusters, counters, sketches, templateKeys);
  }

  /**
   * The shuffles behind {@code kept} that {@link Lineage#release} may delete once a job computed
   * it: all of them when the cached sets are checkpointed, none when their lineage stays.
   */
  private int[] shufflesBehind(JavaRDD<?> kept) {
    return checkpoint ? Lineage.shufflesBehind(kept) : new int[0];
  }

  /**
   * Where the stage keeps every corpus-sized set between its passes (the shingled and signed
   * documents, the gathered buckets, the partners, the verified slices, the components when
   * counted, the placements and the cluster rows), as {@code run.cache} says: on local disk, or
   * serialized in storage memory (spilling to disk when full). On disk, storage memory holds none
   * of them, so the heap a run needs does not grow with its input (at 1M documents the buckets,
   * partners and slices alone filled 2.3 GB of storage memory).
   */
  StorageLevel cacheLevel() {
    return cacheInMemory ? StorageLevel.MEMORY_AND_DISK_SER() : StorageLevel.DISK_ONLY();
  }

  /**
   * Each document of {@code docs} with its value in {@code values} (null when it has none and
   * {@code all} keeps it), as (id, document, value): the values of one partition are held in a map
   * and the documents stream past them, so no task gathers its partition's documents (a join would,
   * and weigh each of them for Spark's memory accounting).
   */
  private static <D, V> JavaRDD<Tuple3<Long, D, V>> alongside(
      JavaPairRDD<Long, D> docs, JavaPairRDD<Long, V> values, Partitioner byDoc, boolean all) {
    JavaPairRDD<Long, V> aligned =
        values.partitioner().isPresent() && values.partitioner().get().equals(byDoc)
            ? values
            : values.partitionBy(byDoc);
    return zipAlong(docs, aligned, all);
  }

  /** {@link #alongside} of values already in their documents' partitions. */
  private static <D, V> JavaRDD<Tuple3<Long, D, V>> zipAlong(
      JavaPairRDD<Long, D> docs, JavaPairRDD<Long, V> aligned, boolean all) {
    return docs.zipPartitions(
        aligned,
        (docIt, valueIt) -> {
          Map<Long, V> here = new HashMap<>();
          valueIt.forEachRemaining(t -> here.put(t._1(), t._2()));
          if (here.isEmpty() && !all) return Collections.emptyIterator();
          return new Iterator<Tuple3<Long, D, V>>() {
            private Tuple3<Long, D, V> next = advance();

            private Tuple3<Long, D, V> advance() {
              while (docIt.hasNext()) {
                Tuple2<Long, D> d = docIt.next();
                V v = here.get(d._1());
                if (v != null || all) return new Tuple3<>(d._1(), d._2(), v);
              }
              return null;
            }

            @Override
            public boolean hasNext() {
              return next != null;
            }

            @Override
            public Tuple3<Long, D, V> next() {
              if (next == null) throw new java.util.NoSuchElementException();
              Tuple3<Long, D, V> out = next;
              next = advance();
              return out;
            }
          };
        });
  }

  /**
   * The indices of {@code keys} by the partition each document is in: partitions in order, and the
   * indices of each in order, from {@code start[p]} to {@code start[p + 1]} of the result's first
   * array (an index array for each partition of {@code byDoc}).
   */
  private static int[][] byPartition(long[] keys, DocPartitioner byDoc) {
    int parts = byDoc.numPartitions();
    int[] partition = new int[keys.length];
    int[] start = new int[parts + 1];
    for (int i = 0; i < keys.length; i++) {
      partition[i] = byDoc.of(keys[i]);
      start[partition[i] + 1]++;
    }
    for (int p = 0; p < parts; p++) start[p + 1] += start[p];
    int[] order = new int[keys.length];
    int[] at = start.clone();
    for (int i = 0; i < keys.length; i++) order[at[partition[i]]++] = i;
    return new int[][] {order, start};
  }

  /**
   * The candidate pairs that verify, as one {@link EdgeBatch} per partition (its {@code first}: the
   * candidates checked there): each document's evidence travels once to every partition holding
   * some of its partners ({@link Probe}), where it is verified against theirs, rather than once per
   * pair.
   */
  private JavaRDD<EdgeBatch> verify(
      JavaPairRDD<Long, Partners> partners, JavaPairRDD<Long, Doc> docs, DocPartitioner byDoc) {
    JavaPairRDD<Integer, Probe> probes =
        alongside(docs, partners, byDoc, false)
            .flatMapToPair(
                t -> {
                  Partners ps = t._3();
                  int[][] byPartition = byPartition(ps.ids(), byDoc);
                  int[] order = byPartition[0];
                  int[] start = byPartition[1];
                  List<Tuple2<Integer, Probe>> out = new ArrayList<>();
                  CopyEvidence evidence = t._2().evidence();
                  for (int p = 0; p + 1 < start.length; p++) {
                    int n = start[p + 1] - start[p];
                    if (n == 0) continue;
                    long[] bs = new long[n];
                    int[] support = new int[n];
                    for (int k = 0; k < n; k++) {
                      int i = order[start[p] + k];
                      bs[k] = ps.ids()[i];
                      support[k] = supportClass(ps.support()[i], ps.keys());
                    }
                    out.add(new Tuple2<>(p, new Probe(t._1(), evidence, bs, support)));
                  }
                  return out.iterator();
                })
            .partitionBy(new PartitionIndex(byDoc.numPartitions()));
    return probes.zipPartitions(
        docs,
        (probeIt, docIt) -> {
          LongList from = new LongList();
          LongList to = new LongList();
          long checked = 0;
          long[] bySupport = new long[2 * SUPPORT_CLASSES];
          if (probeIt.hasNext()) {
            // only the partners' evidence is decoded, each once (Doc#evidence)
            LongIndex index = new LongIndex();
            List<Doc> here = new ArrayList<>();
            docIt.forEachRemaining(
                t -> {
                  index.add(t._1());
                  here.add(t._2());
                });
            while (probeIt.hasNext()) {
              Probe p = probeIt.next()._2();
              checked += p.partners.length;
              for (int i = 0; i < p.partners.length; i++) {
                long b = p.partners[i];
                bySupport[p.supportClasses[i]]++;
                if (verifier.verify(p.evidence, here.get(index.indexOf(b)).evidence())) {
                  from.add(p.doc);
                  to.add(b);
                  bySupport[SUPPORT_CLASSES + p.supportClasses[i]]++;
                }
              }
            }
          }
          return List.of(
                  new EdgeBatch(
                      checked, 0, from.size(), from.toArray(), to.toArray(), 0, bySupport))
              .iterator();
        });
  }

  /**
   * The partitions cut into runs of consecutive partitions of about {@code slicePairs} pairs each
   * ({@code pairsByPartition}), as few as that allows and at most one per partition: the pairs
   * spread evenly over the runs, each partition in the first run in which the pairs counted so far
   * reach its share.
   */
  static int[][] slices(long[] pairsByPartition, long slicePairs) {
    long total = 0;
    for (long n : pairsByPartition) total += n;
    int count =
        (int) Math.max(1, Math.min(pairsByPartition.length, (total + slicePairs - 1) / slicePairs));
    List<List<Integer>> runs = new ArrayList<>();
    for (int k = 0; k < count; k++) runs.add(new ArrayList<>());
    long before = 0;
    for (int p = 0; p < pairsByPartition.length; p++) {
      // the run whose share of the pairs holds this partition's middle pair
      double middle = before + pairsByPartition[p] / 2.0;
      int k = total == 0 ? p * count / pairsByPartition.length : (int) (middle * count / total);
      runs.get(Math.min(count - 1, k)).add(p);
      before += pairsByPartition[p];
    }
    return runs.stream()
        .filter(r -> !r.isEmpty())
        .map(r -> r.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  /**
   * The values of each key of one partition merged by {@code merge} (the whole of each key is in
   * the partition): a reduction without a map-side combine, which would find nearly every key once
   * per map task here, nor Spark's weighing of every value it holds.
   */
  private static <K, V> Iterator<Tuple2<K, V>> merged(
      Iterator<Tuple2<K, V>> values, java.util.function.BinaryOperator<V> merge) {
    Map<K, V> byKey = new HashMap<>();
    values.forEachRemaining(t -> byKey.merge(t._1(), t._2(), merge));
    List<Tuple2<K, V>> out = new ArrayList<>(byKey.size());
    byKey.forEach((k, v) -> out.add(new Tuple2<>(k, v)));
    return out.iterator();
  }

  /**
   * Each document's partners from every bucket task, merged: sorted and distinct, their support
   * summed, and those with less support than {@code needed} asks of the document's band key count
   * dropped (counted in {@code weak}, when given).
   */
  static Iterator<Tuple2<Long, Partners>> mergePartners(
      Iterator<Tuple2<Long, Partners>> lists, IntUnaryOperator needed, LongAccumulator weak) {
    LongIndex docs = new LongIndex();
    List<Partners> merged = new ArrayList<>();
    while (lists.hasNext()) {
      Tuple2<Long, Partners> t = lists.next();
      int d = docs.add(t._1());
      if (d == merged.size()) merged.add(t._2());
      else merged.set(d, Partners.merge(merged.get(d), t._2()));
    }
    List<Tuple2<Long, Partners>> out = new ArrayList<>(merged.size());
    long dropped = 0;
    for (int d = 0; d < merged.size(); d++) {
      Partners p = merged.get(d);
      int need = needed.applyAsInt(p.keys());
      int kept = 0;
      for (int s : p.support()) if (s >= need) kept++;
      dropped += p.ids().length - kept;
      if (kept == 0) continue;
      if (kept < p.ids().length) {
        long[] ids = new long[kept];
        int[] support = new int[kept];
        for (int i = 0, k = 0; i < p.ids().length; i++) {
          if (p.support()[i] < need) continue;
          ids[k] = p.ids()[i];
          support[k++] = p.support()[i];
        }
        p = new Partners(p.keys(), ids, support);
      }
      out.add(new Tuple2<>(docs.key(d), p));
    }
    if (weak != null) weak.add(dropped);
    return out.iterator();
  }

  /**
   * The support a pair needs, given the band key count of its shorter document: {@code
   * dedup.min_support} of it, and at least one bucket.
   *
   * <p>Why relative: a copy shares a good part of the shorter text, so it meets its partner in the
   * buckets of a good part of that text's passages (each in up to {@code dedup.bands} of them),
   * while two stories that share a stock sentence meet in the few buckets of one passage however
   * long they are. A brief of one or two passages needs a bucket or two, which one shared passage
   * gives.
   */
  int supportNeeded(int keys) {
    return Math.max(1, (int) Math.ceil(minSupport * keys - 1e-9));
  }

  /** Classes of support share in the run log: twentieths of the band key count, up to all. */
  static final int SUPPORT_CLASSES = 21;

  /** The class of {@code support} buckets for a document of {@code keys} band keys. */
  static int supportClass(int support, int keys) {
    return keys == 0 ? SUPPORT_CLASSES - 1 : Math.min(SUPPORT_CLASSES - 1, 20 * support / keys);
  }

  /** Checked and verified pairs by support class, as "0.05: 120/3, 0.10: ...", for the run log. */
  static String supportClasses(long[] bySupport) {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < SUPPORT_CLASSES; c++) {
      if (bySupport[c] == 0) continue;
      if (out.length() > 0) out.append(", ");
      out.append(String.format(java.util.Locale.ROOT, "%.2f", c / 20.0))
          .append(": ")
          .append(bySupport[c])
          .append('/')
          .append(bySupport[SUPPORT_CLASSES + c]);
    }
    return out.toString();
  }

  /**
   * A document's candidate partners (the longer texts it pairs with, by {@link DocKeys}, in doc id
   * order), each with its support: the number of LSH buckets that made the pair; {@code keys}: the
   * document's band key count.
   */
  record Partners(int keys, long[] ids, int[] support) implements Serializable {
    /**
     * The partners of {@code a} and {@code b} (each in doc id order, distinct) in one list, in doc
     * id order, a partner in both with its two supports summed.
     */
    static Partners merge(Partners a, Partners b) {
      long[] ids = new long[a.ids.length + b.ids.length];
      int[] support = new int[ids.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < a.ids.length || j < b.ids.length) {
        if (j == b.ids.length || (i < a.ids.length && a.ids[i] < b.ids[j])) {
          ids[n] = a.ids[i];
          support[n++] = a.support[i++];
        } else if (i == a.ids.length || b.ids[j] < a.ids[i]) {
          ids[n] = b.ids[j];
          support[n++] = b.support[j++];
        } else {
          ids[n] = a.ids[i];
          support[n++] = a.support[i++] + b.support[j++];
        }
      }
      return new Partners(
          a.keys, java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(support, n));
    }
  }

  /**
   * The edges one task found, as parallel arrays (null once there are too many to bring to the
   * driver), with its tallies: {@code first} and {@code second} are what the task counted (buckets
   * and skipped buckets, or candidates checked), {@code edges} how many edges it found; a bucket
   * task also counts its crowded buckets. {@code pairsByClass}: a bucket task's pairs by bucket
   * size ({@link Buckets.Gathered#pairsBySize}), a verify task's pairs checked and accepted by
   * support share.
   */
  static final class EdgeBatch implements Serializable {
    private static final long serialVersionUID = 1L;
    final long first;
    final long second;
    final long edges;
    final long[] from;
    final long[] to;
    final long crowded;
    final long[] pairsByClass;

    EdgeBatch(long first, long second, long edges, long[] from, long[] to) {
      this(first, second, edges, from, to, 0, new long[0]);
    }

    EdgeBatch(
        long first,
        long second,
        long edges,
        long[] from,
        long[] to,
        long crowded,
        long[] pairsByClass) {
      this.first = first;
      this.second = second;
      this.edges = edges;
      this.from = from;
      this.to = to;
      this.crowded = crowded;
      this.pairsByClass = pairsByClass;
    }

    Iterator<Tuple2<Long, Long>> pairs() {
      return pairs(from, to);
    }

    static Iterator<Tuple2<Long, Long>> pairs(long[] from, long[] to) {
      List<Tuple2<Long, Long>> out = new ArrayList<>(from.length);
      for (int i = 0; i < from.length; i++) out.add(new Tuple2<>(from[i], to[i]));
      return out.iterator();
    }
  }

  /**
   * Each member's verdict in a component whose members are in hand: its story's canonical copy
   * (after {@link ComponentSplitter} when the component is worth re-checking), and its overlap with
   * that copy.
   */
  private Iterator<Tuple2<Long, Verdict>> verdicts(Component c) {
    if (c.members == null) return Collections.emptyIterator();
    int n = c.members.size();
    // member i is numbered i: keys are distinct
    LongIndex index = new LongIndex();
    for (long k : c.keys) index.add(k);
    Decision[] decisions = new Decision[n];
    if (c.size > giantComponent && c.size <= maxResplit) {
      // the pairs verification accepted, as (smaller, larger) member numbers packed in a long
      LongIndex accepted = new LongIndex();
      if (c.verifiedWith != null) {
        for (int i = 0; i < n; i++) {
          for (long with : c.verifiedWith.get(i)) {
            int j = index.indexOf(with);
            if (j >= 0) accepted.add(memberPair(i, j));
          }
        }
      }
      ComponentSplitter.Placement[] placed =
          splitter.placements(c.members, (a, b) -> accepted.indexOf(memberPair(a, b)) >= 0);
      for (int i = 0; i < n; i++) {
        decisions[i] = new Decision(placed[i].canonical(), c.size, !placed[i].main());
      }
    } else {
      java.util.Arrays.fill(decisions, new Decision(policy.decide(c.contest), c.size));
    }
    List<Tuple2<Long, Verdict>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Decision d = decisions[i];
      CopyEvidence canonical =
          c.members.get(index.indexOf(DocKeys.of(d.choice.docId()))).evidence();
      out.add(new Tuple2<>(c.keys.get(i), Verdict.of(d, c.members.get(i).evidence(), canonical)));
    }
    return out.iterator();
  }

  /** Members {@code a} and {@code b} of one component, in either order, as one long. */
  private static long memberPair(int a, int b) {
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  /**
   * The (host, shingle) keys that are template on their host, counted in one aggregation; each row
   * carries its host's page threshold, so the aggregation needs no join with the host table.
   */
  long[] templateKeys(
      JavaSparkContext jsc, JavaPairRDD<Long, Shingled> shingled, Map<String, Long> hostPages) {
    Map<String, int[]> needed = pagesNeeded(hostPages);
    if (needed.isEmpty()) return new long[0];
    Broadcast<Map<String, int[]>> neededByHost = jsc.broadcast(needed);
    JavaRDD<KeyPages.Tally> tallies =
        shingled
            .values()
            .mapPartitions(
                docs -> {
                  KeyPages.Tally t = new KeyPages.Tally();
                  Map<String, int[]> need = neededByHost.value();
                  docs.forEachRemaining(
                      s ->
                          tallyTemplateKeys(
                              s.facts.host(),
                              sampledSet(s.text, guard),
                              templatePageKeys(s.facts.pageKeys(), s.headline),
                              need.get(s.facts.host()),
                              t));
                  return List.of(t).iterator();
                });
    long[] keys = KeyPages.onEnoughPages(tallies, tallies.getNumPartitions());
    neededByHost.destroy();
    return keys;
  }

  /**
   * The distinct sampled shingles of {@code text} ({@link TemplateGuard#sampled}), sorted: all the
   * template count looks at, one in {@code dedup.template_sample}, sorted without the rest.
   */
  static long[] sampledSet(ShingledText text, TemplateGuard guard) {
    long[] sampled = new long[text.size()];
    int n = 0;
    for (int i = 0; i < text.size(); i++) {
      long h = text.hash(i);
      if (guard.sampled(h)) sampled[n++] = h;
    }
    return ShingleSets.of(java.util.Arrays.copyOf(sampled, n));
  }

  /**
   * Per host that can have template: the pages that make a sampled shingle template (0: never),
   * then a whole paragraph.
   */
  Map<String, int[]> pagesNeeded(Map<String, Long> hostPages) {
    Map<String, int[]> needed = new HashMap<>();
    for (Map.Entry<String, Long> e : hostPages.entrySet()) {
      int pages = (int) Math.min(Integer.MAX_VALUE, e.getValue());
      if (guard.canHaveTemplateParagraphs(pages)) {
        needed.put(
            e.getKey(),
            new int[] {
              guard.canHaveTemplate(pages) ? guard.pagesNeeded(pages) : 0,
              guard.paragraphPagesNeeded(pages)
            });
      }
    }
    return needed;
  }

  /**
   * The keys the template guard counts for a page: its paragraphs' and its headline's, so that a
   * headline the outlet runs on many pages ("Live updates") is template like a paragraph would be.
   */
  static long[] templatePageKeys(long[] pageKeys, Headline.Keys headline) {
    if (!headline.present()) return pageKeys;
    long[] out = java.util.Arrays.copyOf(pageKeys, pageKeys.length + 1);
    out[pageKeys.length] = headline.full();
    return out;
  }

  /** {@link #templateRows} counted straight into {@code tally}, without a row per key. */
  void tallyTemplateKeys(
      String host, long[] shingles, long[] pageKeys, int[] need, KeyPages.Tally tally) {
    if (need == null) return;
    long hostKey = TemplateGuard.hostKey(host);
    if (need[0] > 0) {
      for (long h : shingles)
        if (guard.sampled(h)) tally.add(TemplateGuard.key(hostKey, h), need[0]);
    }
    for (long k : pageKeys) tally.add(TemplateGuard.paragraphKey(hostKey, k), need[1]);
  }

  /**
   * One page's rows for {@link #keysOnEnoughPages}: its sampled shingles and its paragraph keys,
   * each with the pages its host needs ({@link #pagesNeeded}; null: none).
   */
  List<Row> templateRows(String host, long[] shingles, long[] pageKeys, int[] need) {
    if (need == null) return Collections.emptyList();
    List<Row> out = new ArrayList<>();
    long hostKey = TemplateGuard.hostKey(host);
    if (need[0] > 0) {
      for (long h : shingles) {
        if (guard.sampled(h)) out.add(RowFactory.create(TemplateGuard.key(hostKey, h), need[0]));
      }
    }
    for (long k : pageKeys)
      out.add(RowFactory.create(TemplateGuard.paragraphKey(hostKey, k), need[1]));
    return out;
  }

  /**
   * The keys of {@code rows} (key, pages needed; one row per page carrying the key) that occur on
   * at least as many pages as they need, sorted ({@link KeyPages}).
   */
  static long[] keysOnEnoughPages(JavaRDD<Row> rows) {
    return KeyPages.onEnoughPages(rows.mapPartitions(KeyPages::ofRows), rows.getNumPartitions());
  }

  /** One document's membership, given its component's decision and the canonical copy's set. */
  Placed place(Doc d, Decision decision, Optional<CopyEvidence> canonicalEvidence) {
    return place(d, Verdict.pending(decision, canonicalEvidence.orElse(null)));
  }

  /** One document's membership, given its verdict (null: the document is a story of its own). */
  Placed place(Doc d, Verdict verdict) {
    String id = d.facts.docId();
    Verdict v =
        verdict != null
            ? verdict
            : Verdict.pending(
                new Decision(policy.decide(CanonicalPolicy.Contest.of(d.candidate())), 1), null);
    Decision decision = v.decision;
    String canonical = decision.choice.docId();
    if (id.equals(canonical)) {
      DocMembership m = new DocMembership(id, id, id, 1.0, 1.0, ownPositions(d));
      return new Placed(m, d, decision.choice.reason(), Boolean.TRUE.equals(decision.splitOff));
    }
    Similarity s = v.similarity;
    long[] canonicalSet =
        v.shared == null ? null : Verdict.members(d.evidence().strict(), v.shared);
    if (v.canonicalEvidence != null) {
      CopyEvidence other = v.canonicalEvidence;
      s = PairVerifier.similarity(d.evidence(), other);
      canonicalSet = other.setFor(d.evidence());
      if (decision.splitOff == null
          && decision.size > giantComponent
          && !verifier.verify(d.evidence(), other)) {
        DocMembership m = new DocMembership(id, id, id, 1.0, 1.0, ownPositions(d));
        String reason =
            String.format(
                java.util.Locale.ROOT,
                "only copy (split off an oversized cluster of %d around %s: containment %.2f,"
                    + " Jaccard %.2f to its canonical copy)",
                decision.size,
                canonical,
                s.containment(),
                s.jaccard());
        return new Placed(m, d, reason, true);
      }
    }
    DocMembership m =
        new DocMembership(
            id,
            canonical,
            canonical,
            s.jaccard(),
            s.containment(),
            Provenance.sharedPositions(d.facts, d.text(), canonicalSet));
    return new Placed(m, d, null, Boolean.TRUE.equals(decision.splitOff));
  }

  /**
   * {@link Provenance#sharedPositions} of a document against its own set, read off without a look-
   * up: every shingle of its text is in its set, so every paragraph in which one starts is shared.
   */
  static int[] ownPositions(Doc d) {
    boolean[] shared = new boolean[d.facts.paragraphs().size()];
    int n = 0;
    ShingledText text = d.text();
    for (int i = 0; i < text.size(); i++) {
      int p = text.paragraphOf(i);
      if (!shared[p]) n++;
      shared[p] = true;
    }
    int[] out = new int[n];
    int at = 0;
    for (int p = 0; p < shared.length; p++) if (shared[p]) out[at++] = d.facts.position(p);
    return out;
  }

  /**
   * The non-empty size classes of {@code pairsBySize} as "2-3: 120, 4-7: 96, ...", for the run log:
   * where candidate pairs come from, and what a crowded-bucket limit would save.
   */
  static String sizeClasses(long[] pairsBySize) {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < pairsBySize.length; c++) {
      if (pairsBySize[c] == 0) continue;
      if (out.length() > 0) out.append(", ");
      long from = 1L << c;
      out.append(from).append('-').append(2 * from - 1).append(": ").append(pairsBySize[c]);
    }
    return out.toString();
  }

  /** Wall-clock milliseconds of each phase, for the run log. */
  private static final class Laps {
    private final StringBuilder text = new StringBuilder();
    private long last = System.nanoTime();

    void lap(String phase) {
      long now = System.nanoTime();
      if (text.length() > 0) text.append(", ");
      text.append(phase).append('=').append((now - last) / 1_000_000).append("ms");
      last = now;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** A document with its raw shingles, before the template guard. */
  static final class Shingled implements Serializable {
    private static final long serialVersionUID = 1L;
    final CopyFacts facts;
    final ShingledText text;

    /** The {@link TextKey} of each content paragraph, what the template guard looks up. */
    final long[] paragraphKeys;

    /** The keys of its title ({@link Headline#of}), before the template guard has its say. */
    final Headline.Keys headline;

    /** The sorted shingles of its title, empty when it has no usable one. */
    final long[] headlineShingles;

    /** The key of its lead's dateline ({@link Headline#dateline}), 0 when none. */
    final long dateline;

    private Shingled(
        CopyFacts facts,
        ShingledText text,
        long[] paragraphKeys,
        Headline.Keys headline,
        long[] headlineShingles,
        long dateline) {
      this.facts = facts;
      this.text = text;
      this.paragraphKeys = paragraphKeys;
      this.headline = headline;
      this.headlineShingles = headlineShingles;
      this.dateline = dateline;
    }

    /**
     * The shingles and paragraph keys of {@code facts}, from one normalisation of its paragraphs;
     * the paragraphs' text is not kept (the shingles and keys stand for it from here on), so caches
     * and shuffles carry no article text; its headline counts with at least {@code
     * headlineMinWords} words.
     */
    static Shingled of(CopyFacts facts, Shingler shingler, int headlineMinWords) {
      long[] keys = new long[facts.paragraphs().size()];
      ShingledText text = shingler.shingle(facts.paragraphs(), keys);
      Headline.Keys headline = Headline.of(facts.title(), headlineMinWords);
      long dateline = datelineOf(facts.paragraphs());
      // only a document with a dateline can be a copy by headline: the others need no phrases
      long[] phrases =
          headline.present() && dateline != 0
              ? shingler.shingle(List.of(facts.title())).set()
              : new long[0];
      return new Shingled(facts.withoutText(), text, keys, headline, phrases, dateline);
    }

    /**
     * The dateline of the first of a document's first {@link #DATELINE_PARAGRAPHS} paragraphs that
     * opens with one: a title or byline line the extractor kept may come before the lead.
     */
    static long datelineOf(List<String> paragraphs) {
      for (int p = 0; p < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); p++) {
        long d = Headline.dateline(paragraphs.get(p));
        if (d != 0) return d;
      }
      return 0;
    }

    static final int DATELINE_PARAGRAPHS = 3;
  }

  /**
   * A document after the template guard: its shingles without every suspected template paragraph
   * and their set, what verification compares ({@link CopyEvidence}), and its LSH band keys (of the
   * text without the certain template, so that copies across outlets meet).
   *
   * <p>The stripped text is not kept beside its evidence: its shingles are the open text's ({@link
   * CopyEvidence#openOrder}) less the paragraphs and template shingles the strict strip dropped, so
   * it is kept as runs over the open text with their paragraphs ({@link #text}), and the cached set
   * that every later pass reads carries each shingle hash once, not twice.
   *
   * <p>Read back from the cache, its evidence stays in the bytes it was written as until a pass
   * asks for it ({@link #evidence()}, {@link DocSerializer}): the bucket pass needs only its open
   * set's size and headline keys, and the other passes the evidence of only some documents.
   */
  static final class Doc implements Serializable {
    private static final long serialVersionUID = 1L;
    final CopyFacts facts;

    /** Its id's {@link DocKeys}, what the bucket pass numbers it by. */
    final long key;

    /** Null while {@link #packed} holds it. */
    private CopyEvidence evidence;

    /** The evidence as {@link PackedEvidence} wrote it, until it is first asked for; else null. */
    private byte[] packed;

    /** The size of its evidence's open set. */
    final int openSize;

    /**
     * The keys under which it meets texts that share its headline ({@link Buckets#headlineKeys}).
     */
    final long[] headlineKeys;

    final long[] bandKeys;
    final boolean eligible;

    /** XXH3 of the whole normalised content ({@link ShingledText#exactKey}). */
    final long exactKey;

    /**
     * The stripped text as runs of the open text's reading positions: first position, length and
     * paragraph of each run, in reading order; null when {@link #unmatched} holds the text.
     */
    private final int[] textRuns;

    /** The stripped text itself when it is not the open text less some shingles (never seen). */
    private final ShingledText unmatched;

    private Doc(
        CopyFacts facts,
        ShingledText text,
        ShingledText open,
        CopyEvidence evidence,
        long[] bandKeys,
        boolean eligible) {
      this.facts = facts;
      this.key = DocKeys.of(facts.docId());
      this.evidence = evidence;
      this.openSize = evidence.open().length;
      this.headlineKeys = Buckets.headlineKeys(evidence);
      this.bandKeys = bandKeys;
      this.eligible = eligible;
      this.exactKey = text.exactKey();
      this.textRuns = runs(text, open);
      this.unmatched = textRuns == null ? text : null;
    }

    /** A document as {@link DocSerializer} reads it back, its evidence still packed. */
    private Doc(
        CopyFacts facts,
        byte[] packed,
        int openSize,
        long[] headlineKeys,
        long[] bandKeys,
        boolean eligible,
        long exactKey,
        int[] textRuns,
        ShingledText unmatched) {
      this.facts = facts;
      this.key = DocKeys.of(facts.docId());
      this.packed = packed;
      this.openSize = openSize;
      this.headlineKeys = headlineKeys;
      this.bandKeys = bandKeys;
      this.eligible = eligible;
      this.exactKey = exactKey;
      this.textRuns = textRuns;
      this.unmatched = unmatched;
    }

    /** What verification compares of it, decoded on first use. */
    CopyEvidence evidence() {
      if (evidence == null) {
        evidence = PackedEvidence.unpack(packed);
        packed = null;
      }
      return evidence;
    }

    /**
     * {@code text} as runs over the reading positions of {@code open} (first, length, paragraph),
     * or null when it is not {@code open} less some shingles.
     */
    static int[] runs(ShingledText text, ShingledText open) {
      int[] out = new int[24];
      int n = 0;
      int j = 0;
      for (int i = 0; i < text.size(); i++) {
        // the earliest match of each shingle in turn finds a subsequence whenever there is one
        while (j < open.size()
            && (open.hash(j) != text.hash(i)
                || open.paragraphOf(j) != text.paragraphOf(i)
                || open.figures(j) != text.figures(i))) {
          j++;
        }
        if (j == open.size()) return null;
        if (n > 0 && out[n - 3] + out[n - 2] == j && out[n - 1] == text.paragraphOf(i)) {
          out[n - 2]++;
        } else {
          if (n + 3 > out.length) out = java.util.Arrays.copyOf(out, 2 * out.length);
          out[n++] = j;
          out[n++] = 1;
          out[n++] = text.paragraphOf(i);
        }
        j++;
      }
      return java.util.Arrays.copyOf(out, n);
    }

    /** The shingles without every suspected template paragraph, in reading order. */
    ShingledText text() {
      if (unmatched != null) return unmatched;
      int size = 0;
      for (int r = 0; r < textRuns.length; r += 3) size += textRuns[r + 1];
      CopyEvidence evidence = evidence();
      long[] open = evidence.open();
      int[] order = evidence.openOrder();
      int[] openFigures = evidence.openTextFigures();
      long[] hashes = new long[size];
      int[] paragraphs = new int[size];
      int[] figures = new int[size];
      int at = 0;
      for (int r = 0; r < textRuns.length; r += 3) {
        for (int k = 0; k < textRuns[r + 1]; k++, at++) {
          int j = textRuns[r] + k;
          hashes[at] = open[order[j]];
          paragraphs[at] = textRuns[r + 2];
          figures[at] = openFigures[j];
        }
      }
      return ShingledText.of(hashes, paragraphs, figures, exactKey);
    }

    /** The set verification compares within an outlet (its evidence's strict set, not a copy). */
    long[] set() {
      return evidence().strict();
    }

    /**
     * This document in the canonical contest, its completeness counted on the open set (what it
     * shows other outlets), in full and incremental runs alike.
     */
    CanonicalCandidate candidate() {
      return CanonicalCandidate.of(facts, openSize);
    }

    static Doc of(
        Shingled s,
        SetIndex templateKeys,
        TemplateGuard guard,
        PassageLsh lsh,
        PairVerifier verifier,
        int minShingles) {
      String host = s.facts.host();
      ShingledText text = s.text;
      ShingledText open = s.text;
      if (templateKeys.size() > 0) {
        // the host's key and each paragraph's verdict once, for both strips
        long hostKey = TemplateGuard.hostKey(host);
        boolean[] templateParagraphs = new boolean[s.paragraphKeys.length];
        boolean anyParagraph = false;
        for (int p = 0; p < templateParagraphs.length; p++) {
          templateParagraphs[p] =
              templateKeys.contains(TemplateGuard.paragraphKey(hostKey, s.paragraphKeys[p]));
          anyParagraph |= templateParagraphs[p];
        }
        long[] templateShingles = templateShingles(s.text, hostKey, templateKeys, guard);
        if (anyParagraph || templateShingles.length > 0) {
          LongPredicate template = h -> ShingleSets.contains(templateShingles, h);
          IntPredicate templateParagraph = p -> templateParagraphs[p];
          text = guard.strip(s.text, template, templateParagraph);
          open = guard.stripCertain(s.text, template, templateParagraph);
          // the strict strip drops what the certain one drops and more: as long, it is the same
          if (text.size() == open.size()) text = open;
        }
      }
      CopyEvidence evidence = verifier.evidence(host, s.facts.publishedAt(), text, open);
      if (s.headline.present() || s.dateline != 0) {
        // a headline the outlet repeats on its pages like a template paragraph says nothing
        boolean template =
            s.headline.present()
                && templateKeys.contains(headlineTemplateKey(host, s.headline.full()));
        evidence =
            template
                ? evidence.withHeadline(Headline.Keys.NONE, new long[0], s.dateline)
                : evidence.withHeadline(
                    s.headline,
                    ShingleSets.intersect(s.headlineShingles, evidence.open()),
                    s.dateline);
      }
      boolean eligible = evidence.open().length >= minShingles;
      return new Doc(
          s.facts, text, open, evidence, eligible ? lsh.bandKeys(open) : new long[0], eligible);
    }
  }

  /**
   * Kryo serializer for the cached {@link Doc}: its evidence as length-prefixed {@link
   * PackedEvidence} bytes, which a read keeps as they are ({@link Doc#evidence()} decodes them when
   * first asked), and beside them the open set's size and the headline keys that the bucket pass
   * reads instead.
   */
  public static final class DocSerializer extends com.esotericsoftware.kryo.Serializer<Object> {
    public DocSerializer() {
      setImmutable(true);
    }

    @Override
    public void write(
        com.esotericsoftware.kryo.Kryo kryo,
        com.esotericsoftware.kryo.io.Output output,
        Object object) {
      Doc d = (Doc) object;
      kryo.writeObject(output, d.facts);
      byte[] packed = d.packed != null ? d.packed : PackedEvidence.pack(d.evidence);
      output.writeVarInt(packed.length, true);
      output.writeBytes(packed);
      output.writeVarInt(d.openSize, true);
      writeLongs(output, d.headlineKeys);
      writeLongs(output, d.bandKeys);
      output.writeBoolean(d.eligible);
      output.writeLong(d.exactKey);
      if (d.textRuns == null) {
        output.writeVarInt(0, true);
      } else {
        output.writeVarInt(d.textRuns.length + 1, true);
        for (int r : d.textRuns) output.writeVarInt(r, true);
      }
      kryo.writeObjectOrNull(output, d.unmatched, ShingledText.class);
    }

    @Override
    public Object read(
        com.esotericsoftware.kryo.Kryo kryo,
        com.esotericsoftware.kryo.io.Input input,
        Class<Object> type) {
      CopyFacts facts = kryo.readObject(input, CopyFacts.class);
      byte[] packed = input.readBytes(input.readVarInt(true));
      int openSize = input.readVarInt(true);
      long[] headlineKeys = readLongs(input);
      long[] bandKeys = readLongs(input);
      boolean eligible = input.readBoolean();
      long exactKey = input.readLong();
      int runs = input.readVarInt(true);
      int[] textRuns = null;
      if (runs > 0) {
        textRuns = new int[runs - 1];
        for (int i = 0; i < textRuns.length; i++) textRuns[i] = input.readVarInt(true);
      }
      ShingledText unmatched = kryo.readObjectOrNull(input, ShingledText.class);
      return new Doc(
          facts, packed, openSize, headlineKeys, bandKeys, eligible, exactKey, textRuns, unmatched);
    }

    private static void writeLongs(com.esotericsoftware.kryo.io.Output output, long[] values) {
      output.writeVarInt(values.length, true);
      output.writeLongs(values);
    }

    private static long[] readLongs(com.esotericsoftware.kryo.io.Input input) {
      return input.readLongs(input.readVarInt(true));
    }
  }

  /**
   * The sampled shingles of {@code text} that are template on the host whose key is {@code
   * hostKey}, sorted: each looked up in {@code templateKeys} once, where the two strips would ask
   * about it twice each.
   */
  static long[] templateShingles(
      ShingledText text, long hostKey, SetIndex templateKeys, TemplateGuard guard) {
    long[] found = null;
    int n = 0;
    for (int i = 0; i < text.size(); i++) {
      long h = text.hash(i);
      if (guard.sampled(h) && templateKeys.contains(TemplateGuard.key(hostKey, h))) {
        if (found == null) found = new long[8];
        else if (n == found.length) found = java.util.Arrays.copyOf(found, 2 * n);
        found[n++] = h;
      }
    }
    return found == null ? new long[0] : ShingleSets.of(java.util.Arrays.copyOf(found, n));
  }

  /**
   * The key under which the template guard counts the pages of {@code host} that run under the
   * headline whose full key is {@code headlineKey}: counted like a paragraph of the page, so that a
   * headline on as many of the outlet's pages as a template paragraph is one.
   */
  static long headlineTemplateKey(String host, long headlineKey) {
    return TemplateGuard.paragraphKey(TemplateGuard.hostKey(host), headlineKey);
  }

  /** Documents, distinct doc ids and pages per host, as they are summed over partitions. */
  static final class Census implements Serializable {
    private static final long serialVersionUID = 1L;
    long docs;
    long ids;
    final HashMap<String, Long> hostPages = new HashMap<>();

    static Iterator<Census> of(Iterator<Tuple2<Long, Shingled>> partition) {
      Census c = new Census();
      LongIndex seen = new LongIndex();
      while (partition.hasNext()) {
        Tuple2<Long, Shingled> t = partition.next();
        seen.add(t._1());
        c.docs++;
        c.hostPages.merge(t._2().facts.host(), 1L, Long::sum);
      }
      c.ids = seen.size();
      return List.of(c).iterator();
    }

    static Census plus(Census a, Census b) {
      Census c = new Census();
      c.docs = a.docs + b.docs;
      c.ids = a.ids + b.ids;
      c.hostPages.putAll(a.hostPages);
      b.hostPages.forEach((h, n) -> c.hostPages.merge(h, n, Long::sum));
      return c;
    }
  }

  /**
   * A document's evidence on its way to the partition that holds some of its candidate partners.
   */
  static final class Probe implements Serializable {
    private static final long serialVersionUID = 1L;
    final long doc;
    final CopyEvidence evidence;
    final long[] partners;

    /** Each partner's {@link #supportClass}, for the run log. */
    final int[] supportClasses;

    Probe(long doc, CopyEvidence evidence, long[] partners, int[] supportClasses) {
      this.doc = doc;
      this.evidence = evidence;
      this.partners = partners;
      this.supportClasses = supportClasses;
    }
  }

  /**
   * A component as its members are gathered: its canonical contest, its size and its members, which
   * are let go once there are more than {@code dedup.max_resplit} of them (such a component is
   * never divided, and one task need not hold it).
   */
  static final class Component implements Serializable {
    private static final long serialVersionUID = 1L;
    CanonicalPolicy.Contest contest;
    int size;
    ArrayList<ComponentSplitter.Member> members;

    /** Each member's {@link DocKeys}, by member. */
    ArrayList<Long> keys;

    /**
     * Each member's partners that verification accepted (their keys), by member; null when not
     * known (the components were labelled by distributed rounds), and then the splitter verifies
     * every pair.
     */
    ArrayList<long[]> verifiedWith;

    Component(long key, CanonicalCandidate candidate, CopyEvidence evidence, long[] verifiedWith) {
      this.contest = CanonicalPolicy.Contest.of(candidate);
      this.size = 1;
      this.members = new ArrayList<>(2);
      members.add(new ComponentSplitter.Member(candidate, evidence));
      this.keys = new ArrayList<>(2);
      keys.add(key);
      if (verifiedWith != null) {
        this.verifiedWith = new ArrayList<>(2);
        this.verifiedWith.add(verifiedWith);
      }
    }

    /** Merges {@code o} into this component (each partial component is merged once). */
    Component merge(Component o, CanonicalPolicy policy, int maxMembers) {
      contest = policy.merge(contest, o.contest);
      size += o.size;
      if (members != null && o.members != null && size <= maxMembers) {
        members.addAll(o.members);
        keys.addAll(o.keys);
        if (verifiedWith != null && o.verifiedWith != null) verifiedWith.addAll(o.verifiedWith);
        else verifiedWith = null;
      } else {
        members = null;
        keys = null;
        verifiedWith = null;
      }
      return this;
    }
  }

  /**
   * A document's component label, worked out on the driver, with its partners that verification
   * accepted (as the shorter text of the pair; the longer one's list does not repeat them).
   */
  record ComponentLabel(long component, long[] verifiedWith) implements Serializable {}

  private static final long[] NO_KEYS = new long[0];

  /**
   * A document's place in its story: the decision, and either its overlap with the story's
   * canonical copy (the shingles of that copy's set it shares with its own strict set, all that
   * {@link Provenance} looks at) or, when that is still to be worked out, the canonical copy's
   * evidence.
   *
   * <p>The overlap travels as one bit per shingle of the member's own strict set, which waits for
   * it where it lands: a bit where a hash is eight bytes (the verdicts' shuffle at 60k synthetic
   * copies: 89 MB with the hashes).
   */
  static final class Verdict implements Serializable {
    private static final long serialVersionUID = 1L;
    final Decision decision;
    final Similarity similarity;

    /** Bit i (of word i / 64): whether the member's strict set's shingle i is shared. */
    final long[] shared;

    final CopyEvidence canonicalEvidence;

    private Verdict(
        Decision decision, Similarity similarity, long[] shared, CopyEvidence canonicalEvidence) {
      this.decision = decision;
      this.similarity = similarity;
      this.shared = shared;
      this.canonicalEvidence = canonicalEvidence;
    }

    /** The verdict of a member whose own and canonical evidence are both in hand. */
    static Verdict of(Decision decision, CopyEvidence own, CopyEvidence canonical) {
      if (own == canonical) return new Verdict(decision, null, null, null);
      return new Verdict(
          decision,
          PairVerifier.similarity(own, canonical),
          memberBits(own.strict(), canonical.setFor(own)),
          null);
    }

    /** The bits over sorted distinct {@code set} of its members that sorted {@code other} holds. */
    static long[] memberBits(long[] set, long[] other) {
      long[] bits = new long[(set.length + 63) >>> 6];
      int i = 0;
      int j = 0;
      while (i < set.length && j < other.length) {
        if (set[i] < other[j]) i++;
        else if (set[i] > other[j]) j++;
        else {
          bits[i >>> 6] |= 1L << i;
          i++;
          j++;
        }
      }
      return bits;
    }

    /** The members of {@code set} whose bits {@link #memberBits} set, in order. */
    static long[] members(long[] set, long[] bits) {
      int n = 0;
      for (long w : bits) n += Long.bitCount(w);
      long[] out = new long[n];
      int k = 0;
      for (int w = 0; w < bits.length; w++) {
        for (long word = bits[w]; word != 0; word &= word - 1) {
          out[k++] = set[(w << 6) + Long.numberOfTrailingZeros(word)];
        }
      }
      return out;
    }

    /** A verdict {@link #place} completes from the canonical copy's evidence (null: canonical). */
    static Verdict pending(Decision decision, CopyEvidence canonical) {
      return new Verdict(decision, null, null, canonical);
    }
  }

  /** A component's canonical contest and size, as they are reduced. */
  static final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;
    final CanonicalPolicy.Contest contest;
    final int size;

    Tally(CanonicalPolicy.Contest contest, int size) {
      this.contest = contest;
      this.size = size;
    }
  }

  /** A component's canonical choice and size. */
  static final class Decision implements Serializable {
    private static final long serialVersionUID = 1L;
    final CanonicalChoice choice;
    final int size;

    /**
     * Null while the component is whole; once {@link ComponentSplitter} divided it, whether this
     * member's story is not the component's main one.
     */
    final Boolean splitOff;

    Decision(CanonicalChoice choice, int size) {
      this(choice, size, null);
    }

    Decision(CanonicalChoice choice, int size, Boolean splitOff) {
      this.choice = choice;
      this.size = size;
      this.splitOff = splitOff;
    }
  }

  /** A membership with what its cluster row needs; {@code reason} is set on canonical copies. */
  static final class Placed implements Serializable {
    private static final long serialVersionUID = 1L;
    final DocMembership membership;
    final String host;
    final String url;
    final Instant publishedAt;
    final String reason;
    final boolean splitOff;
    final DocSketch sketch;
    final boolean eligible;

    Placed(DocMembership membership, Doc doc, String reason, boolean splitOff) {
      CopyFacts facts = doc.facts;
      this.eligible = doc.eligible;
      this.membership = membership;
      this.host = facts.host();
      this.url = facts.url();
      this.publishedAt = facts.publishedAt();
      this.reason = reason;
      this.splitOff = splitOff;
      this.sketch = SketchStore.sketch(doc, membership.clusterId());
    }
  }

  /** A cluster row being reduced from its members. */
  static final class ClusterAgg implements Serializable {
    private static final long serialVersionUID = 1L;
    String canonicalDocId;
    String reason;
    int size;
    // members split off their component, members too short to be anyone's copy
    long splitOff;
    long tooShort;
    final TreeSet<String> hosts = new TreeSet<>();
    final TreeSet<String> urls = new TreeSet<>();
    Instant first;
    Instant last;

    static ClusterAgg of(Placed p) {
      ClusterAgg a = new ClusterAgg();
      a.canonicalDocId = p.membership.canonicalDocId();
      a.reason = p.reason;
      a.size = 1;
      a.splitOff = p.splitOff ? 1 : 0;
      a.tooShort = p.eligible ? 0 : 1;
      if (Hosts.named(p.host)) a.hosts.add(p.host); // a page of unknown origin names no outlet
      a.urls.add(p.url);
      a.first = p.publishedAt;
      a.last = p.publishedAt;
      return a;
    }

    static ClusterAgg merge(ClusterAgg a, ClusterAgg b) {
      ClusterAgg m = new ClusterAgg();
      m.canonicalDocId = a.canonicalDocId;
      m.reason = a.reason != null ? a.reason : b.reason;
      m.size = a.size + b.size;
      m.splitOff = a.splitOff + b.splitOff;
      m.tooShort = a.tooShort + b.tooShort;
      m.hosts.addAll(a.hosts);
      m.hosts.addAll(b.hosts);
      m.urls.addAll(a.urls);
      m.urls.addAll(b.urls);
      m.first = earlier(a.first, b.first);
      m.last = later(a.last, b.last);
      return m;
    }

    private static Instant earlier(Instant x, Instant y) {
      if (x == null) return y;
      return y == null || x.isBefore(y) ? x : y;
    }

    private static Instant later(Instant x, Instant y) {
      if (x == null) return y;
      return y == null || x.isAfter(y) ? x : y;
    }

    StoryCluster toCluster(String clusterId) {
      return new StoryCluster(
          clusterId,
          canonicalDocId,
          reason,
          size,
          List.copyOf(hosts),
          List.copyOf(urls),
          first,
          last);
    }
  }
}
