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
    if (args.length != 2) {
      System.err.println("usage: DedupExplain OUTPUT_DIR TRUTH_DIR");
      System.exit(2);
    }
    Settings settings = Settings.defaults();
    Shingler shingler = new Shingler(settings);
    PairVerifier verifier = new PairVerifier(settings);
    TemplateGuard guard = new TemplateGuard(settings);
    ObjectMapper json = new ObjectMapper();
    Map<String, String[]> truthBySource = new HashMap<>();
    try (BufferedReader r =
        Files.newBufferedReader(
            Paths.get(args[1]).resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      for (String l; (l = r.readLine()) != null; ) {
        if (l.isBlank()) continue;
        JsonNode d = json.readTree(l);
        String position = d.path("position").asText("");
        List<String> edits = new ArrayList<>();
        d.path("edits").forEach(e -> edits.add(e.asText()));
        edits.remove("headline");
        truthBySource.put(
            d.get("source").asText() + (position.isEmpty() ? "" : "#" + position),
            new String[] {d.get("story_id").asText(), String.join(",", edits)});
      }
    }
    SparkSession spark =
        SparkSession.builder().appName("winnow-dedup-explain").master("local[2]").getOrCreate();
    List<Doc> docs = new ArrayList<>();
    try {
      Path out = Paths.get(args[0]);
      for (Row r :
          spark
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
                  "title")
              .collectAsList()) {
        String[] truth = null;
        String source = r.getString(2);
        for (int slash = source.length(); (slash = source.lastIndexOf('/', slash - 1)) > 0; ) {
          truth = truthBySource.get(source.substring(slash + 1));
          if (truth != null) break;
        }
        if (truth == null) continue;
        String text = r.getString(5);
        List<String> paras = text == null ? List.of() : Arrays.asList(text.split("\n\n"));
        java.sql.Timestamp at = r.getTimestamp(6);
        docs.add(
            new Doc(
                r.getString(0),
                String.valueOf(r.getString(1)),
                at == null ? null : at.toInstant(),
                truth[0],
                truth[1],
                r.getString(3),
                r.getString(4),
                r.getString(7),
                paras));
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
        components
            .computeIfAbsent(find(parent, i), k -> new ArrayList<>())
            .add(
                new ComponentSplitter.Member(
                    new CanonicalCandidate(
                        d.id(),
                        d.id(),
                        d.host(),
                        null,
                        d.publishedAt(),
                        ev.strict().length,
                        d.paras().size()),
                    ev));
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

  private static void print(String title, Map<String, Integer> counts) {
    System.out.println(title);
    counts.entrySet().stream()
        .sorted((x, y) -> y.getValue() - x.getValue())
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5d %s%n", e.getValue(), e.getKey()));
  }
}
