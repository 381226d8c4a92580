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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.winnow.dedup.CanonicalCandidate;
import org.winnow.dedup.CanonicalChoice;
import org.winnow.dedup.CanonicalPolicy;
import org.winnow.dedup.ComponentSplitter;
import org.winnow.dedup.CopyEvidence;
import org.winnow.dedup.CopyFacts;
import org.winnow.dedup.DedupSettings;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.DocSketch;
import org.winnow.dedup.PairVerifier;
import org.winnow.dedup.PassageLsh;
import org.winnow.dedup.Provenance;
import org.winnow.dedup.ShingleSets;
import org.winnow.dedup.ShingledText;
import org.winnow.dedup.Shingler;
import org.winnow.dedup.Similarity;
import org.winnow.dedup.StoryCluster;
import org.winnow.dedup.TemplateGuard;
import org.winnow.model.Hosts;
import org.winnow.settings.RunSettings;
import org.winnow.settings.Settings;
import org.winnow.text.TextKey;
import scala.Tuple2;

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
 *       anchors (its longest and its shortest document), so a bucket of k documents costs at most
 *       2(k - 1) pairs, never k²; buckets beyond {@code dedup.max_bucket} are skipped and counted.
 *   <li>Verification: both documents' evidence is joined to every candidate pair and the exact
 *       Jaccard, containment and lead check decide ({@link PairVerifier#verify}, the step the
 *       splitter, placement and incremental runs call too).
 *   <li>Connected components of the verified edges by large-star/small-star rounds.
 *   <li>Canonical copy per component ({@link CanonicalPolicy}). Components above {@code
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
 * Doc ids must be unique. The driver gathers counters, per-host page counts and the set of template
 * (host, shingle) keys; nothing per document.
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
  private final int giantComponent;
  private final int maxResplit;
  private final ComponentSplitter splitter;
  final int shufflePartitions;

  public DedupStage(Settings settings) {
    this.shingler = new Shingler(settings);
    this.lsh = new PassageLsh(settings);
    this.verifier = new PairVerifier(settings);
    this.guard = new TemplateGuard(settings);
    this.policy = new CanonicalPolicy(settings);
    this.minShingles = settings.get(DedupSettings.MIN_SHINGLES);
    this.maxBucket = settings.get(DedupSettings.MAX_BUCKET);
    this.giantComponent = settings.get(DedupSettings.GIANT_COMPONENT);
    this.maxResplit = settings.get(DedupSettings.MAX_RESPLIT);
    this.splitter = new ComponentSplitter(verifier, policy);
    this.shufflePartitions = settings.get(RunSettings.PARTITIONS);
  }

  /** Groups {@code input} into stories. */
  public DedupResult run(JavaRDD<CopyFacts> input) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(input.context());
    SparkSession spark = SparkSession.builder().getOrCreate();
    // Four shuffle partitions per input partition by default: a candidate pair carries one side's
    // copy evidence (two shingle sets and leads) through the verify join, so a partition of the
    // join holds several times the partition's own documents (30k generated documents in four
    // partitions ran a 4 GB heap out there).
    int parts =
        shufflePartitions > 0
            ? shufflePartitions
            : Math.max(4 * input.getNumPartitions(), jsc.defaultParallelism());
    Partitioner byDoc = new HashPartitioner(parts);
    Laps laps = new Laps();

    JavaPairRDD<String, Shingled> shingled =
        input
            .mapToPair(f -> new Tuple2<>(f.docId(), f))
            .partitionBy(byDoc)
            .mapValues(f -> new Shingled(f, shingler.shingle(f.paragraphs())))
            // the article text of every document: on disk, never corpus-sized objects on the heap
            .persist(StorageLevel.DISK_ONLY());
    // One job counts documents and distinct ids: copies of an id share a partition (byDoc), so
    // each partition's distinct count is exact without a shuffle.
    long[] docsAndIds =
        shingled
            .keys()
            .mapPartitions(
                it -> {
                  Set<String> seen = new HashSet<>();
                  long n = 0;
                  while (it.hasNext()) {
                    seen.add(it.next());
                    n++;
                  }
                  return List.of(new long[] {n, seen.size()}).iterator();
                },
                true)
            .fold(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    long docs = docsAndIds[0];
    long ids = docsAndIds[1];
    laps.lap("docs");
    if (ids != docs) {
      throw new IllegalArgumentException(
          "doc ids must be unique: " + docs + " documents carry " + ids + " distinct ids");
    }

    Broadcast<long[]> templates = jsc.broadcast(templateKeys(jsc, shingled));
    laps.lap("templates");
    JavaPairRDD<String, Doc> sketched =
        shingled
            .mapValues(s -> Doc.of(s, templates.value(), guard, lsh, verifier, minShingles))
            .persist(StorageLevel.DISK_ONLY());
    long tooShort = sketched.filter(d -> !d._2().eligible).count();
    laps.lap("tooShort");
    shingled.unpersist(false);

    JavaPairRDD<String, String> exact = exactPairs(sketched, parts);
    JavaRDD<Bucket> buckets = buckets(sketched, parts);
    long[] bucketCounts =
        buckets
            .map(b -> new long[] {1, b.n > maxBucket ? 1 : 0})
            .fold(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    long bucketCount = bucketCounts[0];
    long capped = bucketCounts[1];
    laps.lap("buckets");
    if (capped > 0) {
      LOG.warn("{} LSH buckets hold more than {} documents and were skipped", capped, maxBucket);
    }
    JavaPairRDD<String, String> candidates =
        buckets
            .filter(b -> b.n <= maxBucket)
            .flatMapToPair(Bucket::starPairs)
            .distinct(parts)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long candidateCount = candidates.count();
    laps.lap("candidateCount");
    buckets.unpersist(false);

    JavaPairRDD<String, CopyEvidence> info = sketched.mapValues(d -> d.evidence);
    JavaPairRDD<String, String> verified =
        candidates
            .join(info, byDoc)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
            .join(info, byDoc)
            .filter(t -> verifier.verify(t._2()._1()._2(), t._2()._2()))
            .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), t._1()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long verifiedCount = verified.count();
    laps.lap("verifiedCount");
    long exactCount = exact.count();
    laps.lap("exactCount");
    candidates.unpersist(false);

    ConnectedComponents.Result cc =
        ConnectedComponents.of(verified.union(exact), byDoc, MAX_ROUNDS);
    JavaPairRDD<String, String> component =
        sketched
            .mapValues(d -> Boolean.TRUE)
            .leftOuterJoin(cc.labels(), byDoc)
            .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().orElse(t._1())))
            .persist(StorageLevel.MEMORY_AND_DISK());

    JavaPairRDD<String, Decision> decisions =
        sketched
            .join(component, byDoc)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._2(),
                        new Tally(CanonicalPolicy.Contest.of(t._2()._1().candidate()), 1)))
            .reduceByKey(
                (a, b) -> new Tally(policy.merge(a.contest, b.contest), a.size + b.size), parts)
            .mapValues(t -> new Decision(policy.decide(t.contest), t.size))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long rechecked = decisions.filter(d -> d._2().size > giantComponent).count();
    laps.lap("rechecked");

    // components of a size worth re-checking are divided into stories around their best copies;
    // larger ones (beyond dedup.max_resplit) only lose the members their canonical rejects
    JavaPairRDD<String, Decision> resplit =
        component
            .mapToPair(Tuple2::swap)
            .join(decisions.mapValues(d -> d.size), byDoc)
            .filter(t -> t._2()._2() > giantComponent && t._2()._2() <= maxResplit)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), t._1()))
            .join(sketched, byDoc)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1(),
                        new ComponentSplitter.Member(
                            t._2()._2().candidate(), t._2()._2().evidence)))
            .groupByKey(parts)
            .flatMapToPair(
                g -> {
                  List<ComponentSplitter.Member> members = new ArrayList<>();
                  g._2().forEach(members::add);
                  List<Tuple2<String, Decision>> out = new ArrayList<>(members.size());
                  splitter
                      .split(members)
                      .forEach(
                          (id, p) ->
                              out.add(
                                  new Tuple2<>(
                                      id, new Decision(p.canonical(), members.size(), !p.main()))));
                  return out.iterator();
                });
    JavaPairRDD<String, Decision> placement =
        component
            .mapToPair(Tuple2::swap)
            .join(decisions, byDoc)
            .mapToPair(t -> t._2())
            .leftOuterJoin(resplit, byDoc)
            .mapValues(t -> t._2().orElse(t._1()));
    JavaPairRDD<String, CopyEvidence> canonicalSets =
        placement
            .filter(p -> !p._1().equals(p._2().choice.docId()))
            .mapToPair(p -> new Tuple2<>(p._2().choice.docId(), p._1()))
            .join(info, byDoc)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
    JavaRDD<Placed> placed =
        sketched
            .join(placement, byDoc)
            .leftOuterJoin(canonicalSets, byDoc)
            .map(t -> place(t._2()._1()._1(), t._2()._1()._2(), t._2()._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long splitOff = placed.filter(p -> p.splitOff).count();
    laps.lap("splitOff");

    JavaRDD<StoryCluster> clusters =
        placed
            .mapToPair(p -> new Tuple2<>(p.membership.clusterId(), ClusterAgg.of(p)))
            .reduceByKey(ClusterAgg::merge, parts)
            .map(t -> t._2().toCluster(t._1()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long[] clusterCounts =
        clusters
            .map(c -> new long[] {1, c.size() > 1 ? 1 : 0})
            .fold(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    long clusterCount = clusterCounts[0];
    long multi = clusterCounts[1];
    laps.lap("clusters");
    // memberships and clusters are materialised and cached; what they were built from can go
    for (JavaPairRDD<?, ?> done : List.of(sketched, exact, verified, component, decisions)) {
      done.unpersist(false);
    }

    DedupCounters counters =
        new DedupCounters(
            docs,
            tooShort,
            templates.value().length,
            bucketCount,
            capped,
            candidateCount,
            exactCount,
            verifiedCount,
            cc.rounds(),
            rechecked,
            splitOff,
            clusterCount,
            multi);
    LOG.info("dedup counters {}; phase times {}", counters.asMap(), laps);
    // incremental runs: what a later batch is deduplicated against (see SketchStore)
    Dataset<Row> sketches = SketchStore.frame(spark, placed.map(p -> p.sketch));
    return new DedupResult(
        placed.map(p -> p.membership), clusters, counters, sketches, templates.value());
  }

  /**
   * The (host, shingle) keys that are template on their host, counted in one aggregation; each row
   * carries its host's page threshold, so the aggregation needs no join with the host table.
   */
  long[] templateKeys(JavaSparkContext jsc, JavaPairRDD<String, Shingled> shingled) {
    Map<String, Long> hostPages = shingled.values().map(s -> s.facts.host()).countByValue();
    Map<String, int[]> needed = pagesNeeded(hostPages);
    if (needed.isEmpty()) return new long[0];
    Broadcast<Map<String, int[]>> neededByHost = jsc.broadcast(needed);
    JavaRDD<Row> rows =
        shingled
            .values()
            .flatMap(
                s ->
                    templateRows(
                            s.facts.host(),
                            s.text.set(),
                            s.facts.pageKeys(),
                            neededByHost.value().get(s.facts.host()))
                        .iterator());
    long[] keys = keysOnEnoughPages(rows);
    neededByHost.destroy();
    return keys;
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
   * One page's rows for {@link #keysOnEnoughPages}: its sampled shingles and its paragraph keys,
   * each with the pages its host needs ({@link #pagesNeeded}; null: none).
   */
  List<Row> templateRows(String host, long[] shingles, long[] pageKeys, int[] need) {
    if (need == null) return Collections.emptyList();
    List<Row> out = new ArrayList<>();
    if (need[0] > 0) {
      for (long h : shingles) {
        if (guard.sampled(h)) out.add(RowFactory.create(TemplateGuard.key(host, h), need[0]));
      }
    }
    for (long k : pageKeys)
      out.add(RowFactory.create(TemplateGuard.paragraphKey(host, k), need[1]));
    return out;
  }

  /**
   * The keys of {@code rows} (key, pages needed; one row per page carrying the key) that occur on
   * at least as many pages as they need, sorted. Counted with a map-side combine: a partition sends
   * one tally per key it holds, however many of its pages carry the key.
   */
  static long[] keysOnEnoughPages(JavaRDD<Row> rows) {
    return rows
        .mapToPair(r -> new Tuple2<>(r.getLong(0), new KeyTally(1, r.getInt(1))))
        .reduceByKey(KeyTally::plus)
        .filter(t -> t._2().pages() >= t._2().need())
        .keys()
        .collect()
        .stream()
        .mapToLong(Long::longValue)
        .sorted()
        .toArray();
  }

  /** Pages counted for a template key, and the most pages any of them needs. */
  record KeyTally(int pages, int need) implements Serializable {
    KeyTally plus(KeyTally o) {
      return new KeyTally(pages + o.pages, Math.max(need, o.need));
    }
  }

  /** Star edges inside every group of documents with identical normalised content. */
  private static JavaPairRDD<String, String> exactPairs(JavaPairRDD<String, Doc> docs, int parts) {
    return docs.values()
        .filter(d -> d.eligible)
        .mapToPair(d -> new Tuple2<>(d.text.exactKey(), d.facts.docId()))
        .groupByKey(parts)
        .flatMapToPair(
            g -> {
              String min = null;
              for (String id : g._2()) if (min == null || id.compareTo(min) < 0) min = id;
              List<Tuple2<String, String>> out = new ArrayList<>();
              for (String id : g._2()) if (!id.equals(min)) out.add(new Tuple2<>(min, id));
              return out.iterator();
            })
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * LSH buckets with at least two documents: each bucket's size, its two anchors and its members,
   * gathered with a map-side combine (a partition sends one partial bucket per band key).
   */
  private static JavaRDD<Bucket> buckets(JavaPairRDD<String, Doc> docs, int parts) {
    return docs.values()
        .filter(d -> d.eligible)
        .flatMapToPair(
            d -> {
              List<Tuple2<Long, Bucket>> out = new ArrayList<>(d.bandKeys.length);
              for (long k : d.bandKeys) {
                out.add(new Tuple2<>(k, new Bucket(d.evidence.open().length, d.facts.docId())));
              }
              return out.iterator();
            })
        .reduceByKey(Bucket::add, parts)
        .values()
        .filter(b -> b.n >= 2)
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** One document's membership, given its component's decision and the canonical copy's set. */
  Placed place(Doc d, Decision decision, Optional<CopyEvidence> canonicalEvidence) {
    String id = d.facts.docId();
    String canonical = decision.choice.docId();
    if (id.equals(canonical)) {
      DocMembership m =
          new DocMembership(
              id, id, id, 1.0, 1.0, Provenance.sharedPositions(d.facts, d.text, d.set));
      return new Placed(m, d, decision.choice.reason(), Boolean.TRUE.equals(decision.splitOff));
    }
    CopyEvidence other = canonicalEvidence.get();
    Similarity s = PairVerifier.similarity(d.evidence, other);
    if (decision.splitOff == null
        && decision.size > giantComponent
        && !verifier.verify(d.evidence, other)) {
      DocMembership m =
          new DocMembership(
              id, id, id, 1.0, 1.0, Provenance.sharedPositions(d.facts, d.text, d.set));
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
    DocMembership m =
        new DocMembership(
            id,
            canonical,
            canonical,
            s.jaccard(),
            s.containment(),
            Provenance.sharedPositions(d.facts, d.text, other.setFor(d.evidence)));
    return new Placed(m, d, null, Boolean.TRUE.equals(decision.splitOff));
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

    Shingled(CopyFacts facts, ShingledText text) {
      this.facts = facts;
      this.text = text;
    }
  }

  /**
   * A document after the template guard: its shingles without every suspected template paragraph
   * and their set, what verification compares ({@link CopyEvidence}), and its LSH band keys (of the
   * text without the certain template, so that copies across outlets meet).
   */
  static final class Doc implements Serializable {
    private static final long serialVersionUID = 1L;
    final CopyFacts facts;
    final ShingledText text;
    final long[] set;
    final CopyEvidence evidence;
    final long[] bandKeys;
    final boolean eligible;

    private Doc(
        CopyFacts facts,
        ShingledText text,
        CopyEvidence evidence,
        long[] bandKeys,
        boolean eligible) {
      this.facts = facts;
      this.text = text;
      this.set = evidence.strict();
      this.evidence = evidence;
      this.bandKeys = bandKeys;
      this.eligible = eligible;
    }

    /**
     * This document in the canonical contest, its completeness counted on the open set (what it
     * shows other outlets), in full and incremental runs alike.
     */
    CanonicalCandidate candidate() {
      return CanonicalCandidate.of(facts, evidence.open().length);
    }

    static Doc of(
        Shingled s,
        long[] templateKeys,
        TemplateGuard guard,
        PassageLsh lsh,
        PairVerifier verifier,
        int minShingles) {
      String host = s.facts.host();
      List<String> paragraphs = s.facts.paragraphs();
      ShingledText text = s.text;
      ShingledText open = s.text;
      if (templateKeys.length > 0) {
        LongPredicate template =
            h -> ShingleSets.contains(templateKeys, TemplateGuard.key(host, h));
        IntPredicate templateParagraph =
            p ->
                ShingleSets.contains(
                    templateKeys, TemplateGuard.paragraphKey(host, TextKey.of(paragraphs.get(p))));
        text = guard.strip(s.text, template, templateParagraph);
        open = guard.stripCertain(s.text, template, templateParagraph);
      }
      CopyEvidence evidence = verifier.evidence(host, s.facts.publishedAt(), text, open);
      boolean eligible = evidence.open().length >= minShingles;
      return new Doc(
          s.facts, text, evidence, eligible ? lsh.bandKeys(open) : new long[0], eligible);
    }
  }

  /**
   * An LSH bucket as its members are gathered: how many, its anchors (the members with the most and
   * the fewest shingles, ties by the larger and the smaller doc id) and the members.
   */
  static final class Bucket implements Serializable {
    private static final long serialVersionUID = 1L;
    int n;
    int longestSize;
    String longest;
    int shortestSize;
    String shortest;
    final ArrayList<String> docs;
    // each member's shingle count, in the order of docs
    int[] sizes;

    Bucket(int size, String doc) {
      this.n = 1;
      this.longestSize = size;
      this.longest = doc;
      this.shortestSize = size;
      this.shortest = doc;
      this.docs = new ArrayList<>(2);
      docs.add(doc);
      this.sizes = new int[] {size};
    }

    /** Merges {@code o} into this bucket (each partial bucket is merged once, so it may change). */
    Bucket add(Bucket o) {
      n += o.n;
      if (o.longestSize > longestSize
          || (o.longestSize == longestSize && o.longest.compareTo(longest) > 0)) {
        longestSize = o.longestSize;
        longest = o.longest;
      }
      if (o.shortestSize < shortestSize
          || (o.shortestSize == shortestSize && o.shortest.compareTo(shortest) < 0)) {
        shortestSize = o.shortestSize;
        shortest = o.shortest;
      }
      int had = docs.size();
      docs.addAll(o.docs);
      if (sizes.length < docs.size()) sizes = java.util.Arrays.copyOf(sizes, 2 * docs.size());
      System.arraycopy(o.sizes, 0, sizes, had, o.docs.size());
      return this;
    }

    /**
     * Pairs of each of the two anchors with every other member, and of members next to each other
     * by length, as (a, b) with a < b. The longest member pairs with its trimmed copies and briefs;
     * the shortest (typically a brief) pairs with every text it sits in, so a brief is never tied
     * only to a story that quotes it. A passage of stock phrases puts unrelated stories in one
     * bucket, whose anchors then belong to none of them: copies of one brief are of one length, and
     * a typo that changes their other passages leaves them only this bucket to meet in.
     */
    Iterator<Tuple2<String, String>> starPairs() {
      List<Tuple2<String, String>> out = new ArrayList<>(3 * docs.size());
      for (String anchor : new String[] {longest, shortest}) {
        for (String d : docs) pair(anchor, d, out);
      }
      Integer[] bySize = new Integer[docs.size()];
      for (int i = 0; i < bySize.length; i++) bySize[i] = i;
      java.util.Arrays.sort(
          bySize,
          java.util.Comparator.<Integer>comparingInt(i -> sizes[i])
              .thenComparing(i -> docs.get(i)));
      for (int i = 1; i < bySize.length; i++) {
        pair(docs.get(bySize[i - 1]), docs.get(bySize[i]), out);
      }
      return out.iterator();
    }

    private static void pair(String a, String b, List<Tuple2<String, String>> out) {
      int c = a.compareTo(b);
      if (c != 0) out.add(c < 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a));
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

    Placed(DocMembership membership, Doc doc, String reason, boolean splitOff) {
      CopyFacts facts = doc.facts;
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
    final TreeSet<String> hosts = new TreeSet<>();
    final TreeSet<String> urls = new TreeSet<>();
    Instant first;
    Instant last;

    static ClusterAgg of(Placed p) {
      ClusterAgg a = new ClusterAgg();
      a.canonicalDocId = p.membership.canonicalDocId();
      a.reason = p.reason;
      a.size = 1;
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
