package org.winnow.jobs.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.winnow.dedup.PairVerifier;
import org.winnow.dedup.ShingleSets;
import org.winnow.dedup.ShingledText;
import org.winnow.dedup.Shingler;
import org.winnow.dedup.Similarity;
import org.winnow.dedup.TemplateGuard;
import org.winnow.settings.Settings;

/**
 * A diagnostic of story clustering against a generated corpus's truth: for every pair of copies of
 * one truth story that the output put in different clusters, and every pair of different stories it
 * joined, the doc ids, hosts, shingle counts and overlap, both raw and after an exact (unsampled)
 * per-host template strip, and what {@link PairVerifier} says of each with its lead check. The job
 * compares pages of different outlets by a lighter strip ({@code CopyEvidence}'s open set), so a
 * pair rejected here after the strip may still be accepted raw by the job.
 *
 * <pre>{@code
 * DedupExplain /tmp/out sample/truth
 * // MISSED s00000017 3b7a.. (a.example.com, 212 sh) ~ ecc0.. (b.example.com, 58 sh): raw c=0.41 ...
 * }</pre>
 */
public final class DedupExplain {
  private DedupExplain() {}

  /** One output document with its truth story. */
  private record Doc(
      String id, String host, String story, String cluster, String canonical, List<String> paras) {}

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
    Map<String, String> storyBySource = new HashMap<>();
    try (BufferedReader r =
        Files.newBufferedReader(
            Paths.get(args[1]).resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      for (String l; (l = r.readLine()) != null; ) {
        if (l.isBlank()) continue;
        JsonNode d = json.readTree(l);
        String position = d.path("position").asText("");
        storyBySource.put(
            d.get("source").asText() + (position.isEmpty() ? "" : "#" + position),
            d.get("story_id").asText());
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
              .select("doc_id", "host", "source", "cluster_id", "canonical_doc_id", "text")
              .collectAsList()) {
        String story = null;
        String source = r.getString(2);
        for (int slash = source.length(); (slash = source.lastIndexOf('/', slash - 1)) > 0; ) {
          story = storyBySource.get(source.substring(slash + 1));
          if (story != null) break;
        }
        if (story == null) continue;
        String text = r.getString(5);
        List<String> paras = text == null ? List.of() : Arrays.asList(text.split("\n\n"));
        docs.add(
            new Doc(r.getString(0), r.getString(1), story, r.getString(3), r.getString(4), paras));
      }
    } finally {
      spark.stop();
    }
    Map<String, ShingledText> raw = new HashMap<>();
    Map<String, Integer> hostPages = new HashMap<>();
    Map<String, Map<Long, Integer>> pagesWith = new HashMap<>();
    for (Doc d : docs) {
      ShingledText t = shingler.shingle(d.paras());
      raw.put(d.id(), t);
      hostPages.merge(String.valueOf(d.host()), 1, Integer::sum);
      Map<Long, Integer> counts =
          pagesWith.computeIfAbsent(String.valueOf(d.host()), h -> new HashMap<>());
      for (long h : t.set()) counts.merge(h, 1, Integer::sum);
    }
    Map<String, long[]> rawSet = new HashMap<>();
    Map<String, long[]> strippedSet = new HashMap<>();
    for (Doc d : docs) {
      String host = String.valueOf(d.host());
      int pages = hostPages.get(host);
      Map<Long, Integer> counts = pagesWith.get(host);
      ShingledText t = raw.get(d.id());
      rawSet.put(d.id(), t.set());
      strippedSet.put(
          d.id(),
          t.without(h -> guard.canHaveTemplate(pages) && guard.isTemplate(counts.get(h), pages))
              .set());
    }
    int missed = 0;
    int wrong = 0;
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        Doc a = docs.get(i);
        Doc b = docs.get(j);
        boolean sameStory = a.story().equals(b.story());
        boolean sameCluster = a.cluster().equals(b.cluster());
        if (sameStory == sameCluster) continue;
        String kind = sameStory ? "MISSED" : "WRONG";
        if (sameStory) missed++;
        else wrong++;
        Similarity r = Similarity.of(rawSet.get(a.id()), rawSet.get(b.id()));
        Similarity s = Similarity.of(strippedSet.get(a.id()), strippedSet.get(b.id()));
        long[] leadA = verifier.lead(raw.get(a.id()));
        long[] leadB = verifier.lead(raw.get(b.id()));
        String leads =
            " leads "
                + ShingleSets.intersection(leadA, rawSet.get(b.id()))
                + "/"
                + leadA.length
                + " "
                + ShingleSets.intersection(leadB, rawSet.get(a.id()))
                + "/"
                + leadB.length;
        System.out.printf(
            Locale.ROOT,
            "%s %s/%s %s(%s,%dp,%s) ~ %s(%s,%dp,%s): raw %s | stripped %s%s%n",
            kind,
            a.story(),
            b.story(),
            a.id(),
            a.host(),
            a.paras().size(),
            a.canonical().equals(a.id()) ? "canon" : "->" + a.canonical(),
            b.id(),
            b.host(),
            b.paras().size(),
            b.canonical().equals(b.id()) ? "canon" : "->" + b.canonical(),
            describe(
                r,
                verifier.accepts(
                    r,
                    PairVerifier.leadShared(leadA, rawSet.get(a.id()), leadB, rawSet.get(b.id())))),
            describe(
                s,
                verifier.accepts(
                    s,
                    PairVerifier.leadShared(
                        leadA, strippedSet.get(a.id()), leadB, strippedSet.get(b.id())))),
            leads);
      }
    }
    Map<String, Set<String>> hostsOf = new TreeMap<>();
    for (Doc d : docs) hostsOf.computeIfAbsent(d.story(), k -> new HashSet<>()).add(d.cluster());
    System.out.printf(Locale.ROOT, "%d missed pairs, %d wrong pairs%n", missed, wrong);
  }

  private static String describe(Similarity s, boolean accepted) {
    return String.format(
        Locale.ROOT,
        "%d/%d sh=%d J=%.2f C=%.2f %s",
        s.sizeA(),
        s.sizeB(),
        s.shared(),
        s.jaccard(),
        s.containment(),
        accepted ? "ACCEPT" : "reject");
  }
}
