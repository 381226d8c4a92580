package org.winnow.jobs.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.winnow.dedup.CanonicalCandidate;
import org.winnow.dedup.CanonicalPolicy;
import org.winnow.dedup.ComponentSplitter;
import org.winnow.dedup.CopyEvidence;
import org.winnow.dedup.Headline;
import org.winnow.dedup.PairVerifier;
import org.winnow.dedup.ShingleSets;
import org.winnow.dedup.ShingledText;
import org.winnow.dedup.Shingler;
import org.winnow.dedup.Similarity;
import org.winnow.dedup.TemplateGuard;
import org.winnow.settings.Settings;
import org.winnow.text.TextKey;

/**
 * A diagnostic of story clustering against a generated corpus's truth: for every pair of copies of
 * one truth story that the output put in different clusters, and every pair of different stories it
 * joined, the doc ids, hosts, the edits the generator made to each, and what {@link
 * PairVerifier#verify} says of the pair on the evidence the job builds ({@link CopyEvidence}: the
 * strict strip for a pair on one outlet, the open one across outlets), with the template counted
 * exactly (every shingle, content paragraphs only) rather than sampled. Then every story the output
 * divided, each copy with how many of its story's copies it verifies with in its cluster and
 * elsewhere, and what {@link ComponentSplitter} makes of those clusters when every pair among them
 * is a candidate (so a loss is put on candidate generation or on verification and splitting). It
 * ends with the missed and wrong pairs counted by why: the verdict's reason and the edits of the
 * two copies.
 *
 * <pre>{@code
 * DedupExplain /tmp/out sample/truth
 * // MISSED s00000017 3b7a..(a.example.com,9p,canon)[typos] ~ ecc0..(b.example.com,3p,..)[brief]:
 * //   36/212 sh=30 J=0.14 C=0.83 leads 10/36 0/24 -> reject:lead
 * // missed by reason and edits:
 * //   12 reject:lead lead_rewritten
 * //    3 reject:scattered-lead brief
 * }</pre>
 */
public final class DedupExplain {
  private DedupExplain() {}

  /** One output document with its truth story and the generator's edits. */
  private record Doc(
      String id,
      String host,
      Instant publishedAt,
      String story,
      String edits,
      String cluster,
      String canonical,
      String title,
      List<String> paras) {}

  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[2].equals("--sample")) {
      sampled(Paths.get(args[0]), Paths.get(args[1]), Integer.parseInt(args[3]));
      return;
    }
    if (args.length != 2) {
      System.err.println("usage: DedupExplain OUTPUT_DIR TRUTH_DIR [--sample CLUSTERS]");
      System.exit(2);
    }
    Settings settings = Settings.defaults();
    Shingler shingler = new Shingler(settings);
    PairVerifier verifier = new PairVerifier(settings);
    TemplateGuard guard = new TemplateGuard(settings);
    Map<String, String[]> truthBySource = truth(Paths.get(args[1]));
    SparkSession spark =
        SparkSession.builder().appName("winnow-dedup-explain").master("local[2]").getOrCreate();
    List<Doc> docs = new ArrayList<>();
    try {
      Path out = Paths.get(args[0]);
      for (Row r : documents(spark, out).collectAsList()) {
        String[] truth = truthOf(r.getString(2), truthBySource);
        if (truth != null) docs.add(doc(r, truth));
      }
    } finally {
      spark.stop();
    }
    Map<String, CopyEvidence> evidence = evidence(docs, shingler, guard, verifier);
    int missed = 0;
    int wrong = 0;
    Map<String, Integer> missedWhy = new TreeMap<>();
    Map<String, Integer> wrongWhy = new TreeMap<>();
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        Doc a = docs.get(i);
        Doc b = docs.get(j);
        boolean sameStory = a.story().equals(b.story());
        boolean sameCluster = a.cluster().equals(b.cluster());
        if (sameStory == sameCluster) continue;
        CopyEvidence ea = evidence.get(a.id());
        CopyEvidence eb = evidence.get(b.id());
        Similarity s = PairVerifier.similarity(ea, eb);
        long[] setA = ea.setFor(eb);
        long[] setB = eb.setFor(ea);
        long[] leadA = ea.leadFor(eb);
        long[] leadB = eb.leadFor(ea);
        String why = reason(verifier, ea, eb, s);
        String edits = editsOf(a, b);
        if (sameStory) {
          missed++;
          missedWhy.merge(why + " " + edits, 1, Integer::sum);
        } else {
          wrong++;
          wrongWhy.merge(why + " " + edits, 1, Integer::sum);
        }
        System.out.printf(
            Locale.ROOT,
            "%s %s/%s %s(%s,%dp,%s)[%s] ~ %s(%s,%dp,%s)[%s]: %s %d/%d sh=%d J=%.2f C=%.2f"
                + " leads %d/%d %d/%d -> %s%n",
            sameStory ? "MISSED" : "WRONG",
            a.story(),
            b.story(),
            a.id(),
            a.host(),
            a.paras().size(),
            a.canonical().equals(a.id()) ? "canon" : "->" + a.canonical(),
            a.edits(),
            b.id(),
            b.host(),
            b.paras().size(),
            b.canonical().equals(b.id()) ? "canon" : "->" + b.canonical(),
            b.edits(),
            ea.sameOutlet(eb) ? "strict" : "open",
            s.sizeA(),
            s.sizeB(),
            s.shared(),
            s.jaccard(),
            s.containment(),
            ShingleSets.intersection(leadA, setB),
            leadA.length,
            ShingleSets.intersection(leadB, setA),
            leadB.length,
            why);
      }
    }
    printSplitStories(docs, evidence, verifier);
    simulateSplits(docs, evidence, verifier, new CanonicalPolicy(settings));
    System.out.printf(Locale.ROOT, "%d missed pairs, %d wrong pairs%n", missed, wrong);
    print("missed pairs by reason and edits:", missedWhy);
    print("wrong pairs by reason and edits:", wrongWhy);
  }

  /** Truth story and the generator's edits by source ({@code file#position}). */
  private static Map<String, String[]> truth(Path truthDir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String[]> truthBySource = new HashMap<>();
    try (BufferedReader r =
        Files.newBufferedReader(truthDir.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      for (String l; (l = r.readLine()) != null; ) {
        if (l.isBlank()) continue;
        JsonNode d = json.readTree(l);
        String position = d.path("position").asText("");
        List<String> edits = new ArrayList<>();
        d.path("edits").forEach(e -> edits.add(e.asText()));
        edits.remove("headline");
        truthBySource.put(
            d.get("source").asText() + (position.isEmpty() ? "" : "#" + position),
            new String[] {d.get("story_id").asText(), String.join(",", edits).intern()});
      }
    }
    return truthBySource;
  }

  /** The truth of an output document's source, trying ever shorter suffixes of its path. */
  private static String[] truthOf(String source, Map<String, String[]> truthBySource) {
    for (int slash = source.length(); (slash = source.lastIndexOf('/', slash - 1)) > 0; ) {
      String[] truth = truthBySource.get(source.substring(slash + 1));
      if (truth != null) return truth;
    }
    return null;
  }

  /**
   * The wrong joins of an output too large to compare pair by pair (a million documents): every
   * cluster's members are counted against their truth stories (wrong pairs by cluster size and by
   * how many stories a cluster mixes), then {@code clusters} of the clusters that mix stories (the
   * ten with the most wrong pairs, the rest picked by a hash of their id) are printed member by
   * member with the route by which each verifies with its cluster's canonical copy ({@link
   * PairVerifier#route}), on the evidence the job stored in {@code dedup_sketches} (rebuilt from
   * the documents' text, without the outlet template, when the sketches lack a column).
   */
  private static void sampled(Path out, Path truthDir, int clusters) throws IOException {
    Settings settings = Settings.defaults();
    PairVerifier verifier = new PairVerifier(settings);
    Map<String, String[]> truthBySource = truth(truthDir);
    SparkSession spark =
        SparkSession.builder().appName("winnow-dedup-explain").master("local[2]").getOrCreate();
    try {
      // cluster -> story -> members; story -> cluster -> members
      Map<String, Map<String, Integer>> byCluster = new HashMap<>();
      Map<String, Map<String, Integer>> byStory = new HashMap<>();
      Map<String, String[]> docTruth = new HashMap<>();
      java.util.Iterator<Row> rows =
          spark
              .read()
              .parquet(out.resolve("documents").toString())
              .select("doc_id", "source", "cluster_id")
              .toLocalIterator();
      while (rows.hasNext()) {
        Row r = rows.next();
        String[] truth = truthOf(r.getString(1), truthBySource);
        if (truth == null) continue;
        String cluster = r.getString(2);
        byCluster.computeIfAbsent(cluster, c -> new HashMap<>(2)).merge(truth[0], 1, Integer::sum);
        byStory.computeIfAbsent(truth[0], c -> new HashMap<>(2)).merge(cluster, 1, Integer::sum);
        docTruth.put(r.getString(0), truth);
      }
      truthBySource.clear();
      long wrong = 0;
      long missed = 0;
      long together = 0;
      Map<String, Long> wrongBySize = new TreeMap<>();
      Map<String, Long> wrongByStories = new TreeMap<>();
      Map<String, long[]> mixed = new HashMap<>();
      for (Map.Entry<String, Map<String, Integer>> c : byCluster.entrySet()) {
        long n = 0;
        long same = 0;
        for (int k : c.getValue().values()) {
          n += k;
          same += (long) k * (k - 1) / 2;
        }
        long w = n * (n - 1) / 2 - same;
        together += same;
        if (w == 0) continue;
        wrong += w;
        mixed.put(c.getKey(), new long[] {w, n, c.getValue().size()});
        wrongBySize.merge(sizeClass(n), w, Long::sum);
        wrongByStories.merge(
            String.format(Locale.ROOT, "%3d stories", Math.min(c.getValue().size(), 10)),
            w,
            Long::sum);
      }
      for (Map<String, Integer> s : byStory.values()) {
        long n = 0;
        long same = 0;
        for (int k : s.values()) {
          n += k;
          same += (long) k * (k - 1) / 2;
        }
        missed += n * (n - 1) / 2 - same;
      }
      System.out.printf(
          Locale.ROOT,
          "%d documents, %d clusters, %d truth stories; pairs together %d, wrong %d (P %.4f),"
              + " missed %d (R %.4f); %d clusters mix stories%n",
          docTruth.size(),
          byCluster.size(),
          byStory.size(),
          together,
          wrong,
          (double) together / (together + wrong),
          missed,
          (double) together / (together + missed),
          mixed.size());
      print("wrong pairs by cluster size:", wrongBySize);
      print("wrong pairs by the number of stories a cluster mixes:", wrongByStories);
      List<String> worst = new ArrayList<>(mixed.keySet());
      worst.sort(
          (x, y) ->
              mixed.get(y)[0] != mixed.get(x)[0]
                  ? Long.compare(mixed.get(y)[0], mixed.get(x)[0])
                  : x.compareTo(y));
      java.util.LinkedHashSet<String> sample = new java.util.LinkedHashSet<>();
      for (String c : worst.subList(0, Math.min(10, worst.size()))) sample.add(c);
      List<String> byHash = new ArrayList<>(mixed.keySet());
      byHash.sort(java.util.Comparator.comparingLong(c -> TextKey.of(c)));
      for (String c : byHash) {
        if (sample.size() >= clusters) break;
        sample.add(c);
      }
      byCluster.clear();
      byStory.clear();
      explainClusters(spark, out, sample, mixed, docTruth, settings, verifier);
    } finally {
      spark.stop();
    }
  }

  private static String sizeClass(long n) {
    long[] bounds = {2, 3, 5, 10, 20, 50, 100, 1000};
    for (long b : bounds) if (n <= b) return String.format(Locale.ROOT, "size <= %4d", b);
    return "size >  1000";
  }

  /**
   * The columns of an output's documents that a {@link Doc} is made of, in {@link #doc}'s order.
   */
  private static org.apache.spark.sql.Dataset<Row> documents(SparkSession spark, Path out) {
    return spark
        .read()
        .parquet(out.resolve("documents").toString())
        .select(
            "doc_id",
            "host",
            "source",
            "cluster_id",
            "canonical_doc_id",
            "text",
            "published_at",
            "title");
  }

  /** A document and its evidence as the splitter takes them, ranked as the job ranks copies. */
  private static ComponentSplitter.Member member(Doc d, CopyEvidence e) {
    return new ComponentSplitter.Member(
        new CanonicalCandidate(
            d.id(), d.id(), d.host(), null, d.publishedAt(), e.strict().length, d.paras().size()),
        e);
  }

  /** A row of {@link #documents} with its true story and outlet. */
  private static Doc doc(Row r, String[] truth) {
    String text = r.getString(5);
    java.sql.Timestamp at = r.getTimestamp(6);
    return new Doc(
        r.getString(0),
        String.valueOf(r.getString(1)),
        at == null ? null : at.toInstant(),
        truth[0],
        truth[1],
        r.getString(3),
        r.getString(4),
        r.getString(7),
        text == null ? List.of() : Arrays.asList(text.split("\n\n")));
  }

  /** Prints the sampled clusters member by member, and the routes of the wrong joins. */
  private static void explainClusters(
      SparkSession spark,
      Path out,
      java.util.Collection<String> sample,
      Map<String, long[]> mixed,
      Map<String, String[]> docTruth,
      Settings settings,
      PairVerifier verifier) {
    Object[] ids = sample.toArray();
    List<Doc> docs = new ArrayList<>();
    for (Row r :
        documents(spark, out)
            .where(org.apache.spark.sql.functions.col("cluster_id").isin(ids))
            .collectAsList()) {
      String[] truth = docTruth.get(r.getString(0));
      if (truth != null) docs.add(doc(r, truth));
    }
    Map<String, CopyEvidence> evidence = new HashMap<>();
    Path sketches = out.resolve(org.winnow.jobs.output.Schemas.DEDUP_SKETCHES);
    boolean stored = false;
    if (Files.isDirectory(sketches)) {
      org.apache.spark.sql.Dataset<Row> frame = spark.read().parquet(sketches.toString());
      if (Arrays.asList(frame.columns()).containsAll(Arrays.asList(SketchStore.EVIDENCE_COLUMNS))) {
        stored = true;
        String[] cols = new String[SketchStore.EVIDENCE_COLUMNS.length + 1];
        cols[0] = "doc_id";
        System.arraycopy(
            SketchStore.EVIDENCE_COLUMNS, 0, cols, 1, SketchStore.EVIDENCE_COLUMNS.length);
        Set<String> wanted = new HashSet<>();
        for (Doc d : docs) wanted.add(d.id());
        for (Row r :
            frame
                .where(org.apache.spark.sql.functions.col("doc_id").isin(wanted.toArray()))
                .selectExpr(cols)
                .collectAsList()) {
          evidence.put(r.getString(0), SketchStore.evidence(r, 1));
        }
      }
    }
    if (!stored) {
      System.out.println("(evidence rebuilt from the documents' text: the sketches lack columns)");
      evidence = evidence(docs, new Shingler(settings), new TemplateGuard(settings), verifier);
    }
    Map<String, List<Doc>> members = new TreeMap<>();
    for (Doc d : docs) members.computeIfAbsent(d.cluster(), c -> new ArrayList<>()).add(d);
    Map<String, Integer> joinedBy = new TreeMap<>();
    Map<String, Integer> wrongPairsBy = new TreeMap<>();
    Map<String, Integer> figuresBy = new TreeMap<>();
    for (String c : sample) {
      List<Doc> m = members.getOrDefault(c, List.of());
      long[] stats = mixed.get(c);
      Map<String, Integer> stories = new TreeMap<>();
      for (Doc d : m) stories.merge(d.story(), 1, Integer::sum);
      System.out.printf(
          Locale.ROOT,
          "CLUSTER %s: %d members, %d stories %s, %d wrong pairs%n",
          c,
          stats[1],
          stats[2],
          stories,
          stats[0]);
      Doc canon = null;
      for (Doc d : m) if (d.id().equals(d.canonical())) canon = d;
      for (Doc d : m) {
        String route = "";
        if (canon != null && d != canon) {
          CopyEvidence a = evidence.get(d.id());
          CopyEvidence b = evidence.get(canon.id());
          if (a != null && b != null) {
            Similarity s = PairVerifier.similarity(a, b);
            int[] figures = PairVerifier.figures(a, b);
            route =
                String.format(
                    Locale.ROOT,
                    " ~canon %s %d/%d sh=%d J=%.2f C=%.2f figures %d/%d",
                    verifier.route(a, b),
                    s.sizeA(),
                    s.sizeB(),
                    s.shared(),
                    s.jaccard(),
                    s.containment(),
                    figures[0],
                    figures[1]);
            if (!d.story().equals(canon.story())) {
              joinedBy.merge(verifier.route(a, b) + " " + editsOf(d, canon), 1, Integer::sum);
            }
          }
        }
        System.out.printf(
            Locale.ROOT,
            "  %s %s(%s,%dp,%s)[%s] %s%s%n",
            d.story(),
            d.id(),
            d.host(),
            d.paras().size(),
            d == canon ? "canon" : "",
            d.edits(),
            d.title(),
            route);
      }
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          Doc a = m.get(i);
          Doc b = m.get(j);
          CopyEvidence ea = evidence.get(a.id());
          CopyEvidence eb = evidence.get(b.id());
          if (ea == null || eb == null) continue;
          PairVerifier.Route r = verifier.route(ea, eb);
          if (r != PairVerifier.Route.NONE) {
            int[] f = PairVerifier.figures(ea, eb);
            String agreement =
                f[0] + f[1] == 0
                    ? "none shared"
                    : f[1] == 0
                        ? "all agree"
                        : f[0] == 0 ? "all differ (" + Math.min(f[1], 9) + ")" : ratio(f[0], f[1]);
            figuresBy.merge(
                (a.story().equals(b.story()) ? "same story " : "wrong      ") + agreement,
                1,
                Integer::sum);
          }
          if (a.story().equals(b.story())) continue;
          wrongPairsBy.merge(
              verifier.route(ea, eb) + (ea.sameOutlet(eb) ? " same-outlet" : ""), 1, Integer::sum);
        }
      }
    }
    print(
        "members of another story than the canonical copy's, by route to it and edits:", joinedBy);
    print("wrong pairs in the sampled clusters, by the route of the pair itself:", wrongPairsBy);
    print("verified pairs in the sampled clusters, by their shared figures:", figuresBy);
    resplit(members, evidence, verifier, new CanonicalPolicy(settings));
  }

  /**
   * What this code's verifier and {@link ComponentSplitter} make of each sampled cluster when every
   * pair of its members is a candidate: its wrong and right pairs before and after, so a change to
   * verification can be judged on an output made before it.
   */
  private static void resplit(
      Map<String, List<Doc>> members,
      Map<String, CopyEvidence> evidence,
      PairVerifier verifier,
      CanonicalPolicy policy) {
    ComponentSplitter splitter = new ComponentSplitter(verifier, policy);
    long wrongBefore = 0;
    long wrongAfter = 0;
    long rightBefore = 0;
    long rightAfter = 0;
    for (List<Doc> m : members.values()) {
      List<ComponentSplitter.Member> list = new ArrayList<>();
      for (Doc d : m) {
        CopyEvidence e = evidence.get(d.id());
        if (e == null) continue;
        list.add(member(d, e));
      }
      Map<String, String> pivotOf = new HashMap<>();
      splitter.split(list).forEach((id, p) -> pivotOf.put(id, p.pivot()));
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          String pi = pivotOf.get(m.get(i).id());
          String pj = pivotOf.get(m.get(j).id());
          if (pi == null || pj == null) continue;
          boolean same = m.get(i).story().equals(m.get(j).story());
          boolean together = pi.equals(pj);
          if (same) {
            rightBefore++;
            if (together) rightAfter++;
          } else {
            wrongBefore++;
            if (together) wrongAfter++;
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "re-split with this code: wrong pairs %d -> %d, right pairs %d -> %d%n",
        wrongBefore,
        wrongAfter,
        rightBefore,
        rightAfter);
  }

  /** Agreeing and differing shared figured shingles as a rough ratio class. */
  private static String ratio(int agreeing, int differing) {
    if (differing > 2 * agreeing) return "differ > 2x agree";
    if (differing > agreeing) return "differ > agree";
    if (differing * 4 > agreeing) return "differ > agree/4";
    return "differ <= agree/4";
  }

  /**
   * Each document's evidence as the job builds it, with the template counted on every shingle of
   * the content paragraphs of the output (the job samples shingles and also counts noise).
   */
  private static Map<String, CopyEvidence> evidence(
      List<Doc> docs, Shingler shingler, TemplateGuard guard, PairVerifier verifier) {
    Map<String, ShingledText> texts = new HashMap<>();
    Map<String, Integer> hostPages = new HashMap<>();
    Map<String, Map<Long, Integer>> pagesWith = new HashMap<>();
    Map<String, Map<Long, Integer>> pagesWithParagraph = new HashMap<>();
    for (Doc d : docs) {
      ShingledText t = shingler.shingle(d.paras());
      texts.put(d.id(), t);
      hostPages.merge(d.host(), 1, Integer::sum);
      Map<Long, Integer> counts = pagesWith.computeIfAbsent(d.host(), h -> new HashMap<>());
      for (long h : t.set()) counts.merge(h, 1, Integer::sum);
      Map<Long, Integer> paragraphs =
          pagesWithParagraph.computeIfAbsent(d.host(), h -> new HashMap<>());
      Set<Long> keys = new HashSet<>();
      for (String p : d.paras()) keys.add(TextKey.of(p));
      for (long k : keys) paragraphs.merge(k, 1, Integer::sum);
    }
    Map<String, CopyEvidence> out = new HashMap<>();
    for (Doc d : docs) {
      int pages = hostPages.get(d.host());
      Map<Long, Integer> counts = pagesWith.get(d.host());
      Map<Long, Integer> paragraphs = pagesWithParagraph.get(d.host());
      java.util.function.LongPredicate template =
          h -> guard.canHaveTemplate(pages) && guard.isTemplate(counts.get(h), pages);
      java.util.function.IntPredicate templateParagraph =
          p ->
              guard.canHaveTemplateParagraphs(pages)
                  && paragraphs.get(TextKey.of(d.paras().get(p)))
                      >= guard.paragraphPagesNeeded(pages);
      ShingledText t = texts.get(d.id());
      CopyEvidence e =
          verifier.evidence(
              d.host(),
              d.publishedAt(),
              guard.strip(t, template, templateParagraph),
              guard.stripCertain(t, template, templateParagraph));
      // the headline as the stage sees it, bar its outlet-template check
      Headline.Keys headline = Headline.of(d.title(), 4);
      long dateline = DedupStage.Shingled.datelineOf(d.paras());
      long[] phrases =
          headline.present() && dateline != 0
              ? ShingleSets.intersect(shingler.shingle(List.of(d.title())).set(), e.open())
              : new long[0];
      out.put(d.id(), e.withHeadline(headline, phrases, dateline));
    }
    return out;
  }

  /**
   * Every truth story the output divided, cluster by cluster: each member with its edits and the
   * members of its own story it verifies with, in its cluster and in the others. A member that
   * verifies with none of its story is lost to verification; one that verifies with copies in
   * another cluster is lost to the component splitter.
   */
  private static void printSplitStories(
      List<Doc> docs, Map<String, CopyEvidence> evidence, PairVerifier verifier) {
    Map<String, List<Doc>> byStory = new TreeMap<>();
    for (Doc d : docs) byStory.computeIfAbsent(d.story(), s -> new ArrayList<>()).add(d);
    int isolated = 0;
    int split = 0;
    for (Map.Entry<String, List<Doc>> e : byStory.entrySet()) {
      List<Doc> story = e.getValue();
      Map<String, List<Doc>> byCluster = new TreeMap<>();
      for (Doc d : story) byCluster.computeIfAbsent(d.cluster(), c -> new ArrayList<>()).add(d);
      if (byCluster.size() < 2) continue;
      System.out.printf(
          Locale.ROOT,
          "SPLIT %s: %d copies in %d clusters%n",
          e.getKey(),
          story.size(),
          byCluster.size());
      for (Map.Entry<String, List<Doc>> c : byCluster.entrySet()) {
        for (Doc d : c.getValue()) {
          int inCluster = 0;
          int elsewhere = 0;
          for (Doc o : story) {
            if (o == d || !verifier.verify(evidence.get(d.id()), evidence.get(o.id()))) continue;
            if (o.cluster().equals(d.cluster())) inCluster++;
            else elsewhere++;
          }
          if (c.getValue().size() < story.size() / 2) {
            if (inCluster + elsewhere == 0) isolated++;
            else split++;
          }
          System.out.printf(
              Locale.ROOT,
              "  %s %s(%s,%dp,%s)[%s] verifies with %d here, %d elsewhere%n",
              c.getKey().substring(0, Math.min(8, c.getKey().length())),
              d.id(),
              d.host(),
              d.paras().size(),
              d.canonical().equals(d.id()) ? "canon" : "->" + d.canonical(),
              d.edits(),
              inCluster,
              elsewhere);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "copies outside their story's larger clusters: %d verify with none of it, %d with some%n",
        isolated,
        split);
  }

  /**
   * For every divided story, what the splitter makes of the clusters its copies landed in when
   * every pair among them is a candidate: the story's pairs it keeps together, so a loss can be put
   * on candidates (kept here) or on verification and the splitter (lost here too).
   */
  private static void simulateSplits(
      List<Doc> docs,
      Map<String, CopyEvidence> evidence,
      PairVerifier verifier,
      CanonicalPolicy policy) {
    ComponentSplitter splitter = new ComponentSplitter(verifier, policy);
    Map<String, List<Doc>> byStory = new TreeMap<>();
    Map<String, List<Doc>> byCluster = new HashMap<>();
    for (Doc d : docs) {
      byStory.computeIfAbsent(d.story(), s -> new ArrayList<>()).add(d);
      byCluster.computeIfAbsent(d.cluster(), s -> new ArrayList<>()).add(d);
    }
    long lostActual = 0;
    long lostSim = 0;
    for (Map.Entry<String, List<Doc>> e : byStory.entrySet()) {
      List<Doc> story = e.getValue();
      Set<String> clusters = new HashSet<>();
      for (Doc d : story) clusters.add(d.cluster());
      if (clusters.size() < 2) continue;
      List<Doc> union = new ArrayList<>();
      for (String c : new java.util.TreeSet<>(clusters)) union.addAll(byCluster.get(c));
      // components of the verified pairs among them
      int n = union.size();
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) parent[i] = i;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (verifier.verify(evidence.get(union.get(i).id()), evidence.get(union.get(j).id()))) {
            parent[find(parent, i)] = find(parent, j);
          }
        }
      }
      Map<Integer, List<ComponentSplitter.Member>> components = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Doc d = union.get(i);
        CopyEvidence ev = evidence.get(d.id());
        components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(member(d, ev));
      }
      Map<String, String> pivotOf = new HashMap<>();
      for (Map.Entry<Integer, List<ComponentSplitter.Member>> c : components.entrySet()) {
        if (c.getValue().size() <= 2) {
          for (ComponentSplitter.Member m : c.getValue()) pivotOf.put(m.docId(), "c" + c.getKey());
        } else {
          splitter.split(c.getValue()).forEach((id, p) -> pivotOf.put(id, p.pivot()));
        }
      }
      int actual = 0;
      int sim = 0;
      for (int i = 0; i < story.size(); i++) {
        for (int j = i + 1; j < story.size(); j++) {
          if (!story.get(i).cluster().equals(story.get(j).cluster())) actual++;
          if (!pivotOf.get(story.get(i).id()).equals(pivotOf.get(story.get(j).id()))) sim++;
        }
      }
      lostActual += actual;
      lostSim += sim;
      System.out.printf(
          Locale.ROOT,
          "SIM %s: %d pairs lost, %d with every pair a candidate (%d components)%n",
          e.getKey(),
          actual,
          sim,
          components.size());
    }
    System.out.printf(
        Locale.ROOT,
        "SIM total: %d pairs lost, %d with every pair a candidate%n",
        lostActual,
        lostSim);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  /** Why the verifier decides as it does: accept, or the first test the pair fails. */
  private static String reason(
      PairVerifier verifier, CopyEvidence a, CopyEvidence b, Similarity s) {
    PairVerifier.Evidence match = verifier.match(a, b);
    if (match == PairVerifier.Evidence.HEADLINE) return "accept:headline";
    if (match == PairVerifier.Evidence.HEADLINE_IN_LEAD) return "accept:headline-in-lead";
    if (match == PairVerifier.Evidence.TEXT) return "accept";
    if (!verifier.withinWindow(a.publishedAt(), b.publishedAt())) return "reject:dates";
    if (Math.min(s.sizeA(), s.sizeB()) < verifier.minShingles()) return "reject:short";
    if (!verifier.accepts(s)) return "reject:overlap";
    PairVerifier.Lead lead =
        PairVerifier.lead(a.leadFor(b), a.setFor(b), b.leadFor(a), b.setFor(a));
    return lead == PairVerifier.Lead.SCATTERED ? "reject:scattered-lead" : "reject:lead";
  }

  /** The edits of a pair's two copies that bear on matching, merged and sorted. */
  private static String editsOf(Doc a, Doc b) {
    Set<String> edits = new java.util.TreeSet<>();
    for (String e : (a.edits() + "," + b.edits()).split(",")) if (!e.isEmpty()) edits.add(e);
    return edits.isEmpty() ? "-" : String.join(",", edits);
  }

  private static <N extends Number> void print(String title, Map<String, N> counts) {
    System.out.println(title);
    counts.entrySet().stream()
        .sorted((x, y) -> Long.compare(y.getValue().longValue(), x.getValue().longValue()))
        .forEach(
            e ->
                System.out.printf(Locale.ROOT, "  %7d %s%n", e.getValue().longValue(), e.getKey()));
  }
}
