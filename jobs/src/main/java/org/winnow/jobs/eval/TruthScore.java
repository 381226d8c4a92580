package org.winnow.jobs.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.winnow.dedup.ClusterMetrics;
import org.winnow.eval.ContentScore;
import org.winnow.text.TextKey;

/**
 * Scores a Winnow output against the truth of a generated corpus ({@code truth/documents.jsonl} and
 * {@code truth/paragraphs.jsonl} written by the sample generator): which documents were found, how
 * well paragraphs were labelled, how well copies were grouped into stories.
 *
 * <pre>{@code
 * TruthScore s = TruthScore.of(spark, Paths.get("out"), Paths.get("sample/truth"));
 * s.contentF1(); s.clusters().precision(); s.clusters().adjustedRand();
 * }</pre>
 *
 * <p>Documents are matched by source (input file and record position); paragraphs by normalised
 * text within a document, so that a segmentation that cuts differently is still scored fairly.
 *
 * @param truthDocuments documents in the truth
 * @param matchedDocuments of those, found in the output
 * @param contentTp truth content paragraphs kept as content
 * @param contentFp paragraphs kept as content that the truth calls noise or does not know
 * @param contentFn truth content paragraphs not kept
 * @param noiseLines truth noise paragraphs
 * @param noiseRemoved of those, not kept as content
 * @param clusters pairwise precision, recall and ARI of stories over matched documents
 * @param truthStories matched doc id to its truth story id
 * @param predictedStories matched doc id to its output cluster id
 */
public record TruthScore(
    int truthDocuments,
    int matchedDocuments,
    long contentTp,
    long contentFp,
    long contentFn,
    long noiseLines,
    long noiseRemoved,
    ClusterMetrics clusters,
    Map<String, String> truthStories,
    Map<String, String> predictedStories) {

  /** The paragraph counts as a {@link ContentScore}, which works out the rates. */
  public ContentScore content() {
    return new ContentScore(contentTp, contentFp, contentFn, noiseLines, noiseRemoved);
  }

  public double contentPrecision() {
    return content().precision();
  }

  public double contentRecall() {
    return content().recall();
  }

  public double contentF1() {
    return content().f1();
  }

  public double noiseRemovedShare() {
    return content().noiseRemovedShare();
  }

  /** Scores {@code output} against {@code truthDir}. */
  public static TruthScore of(SparkSession spark, Path output, Path truthDir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> storyBySource = new HashMap<>();
    Map<String, String> articleBySource = new HashMap<>();
    eachLine(
        json,
        truthDir.resolve("documents.jsonl"),
        d -> {
          String position = d.path("position").asText("");
          String key = d.get("source").asText() + (position.isEmpty() ? "" : "#" + position);
          storyBySource.put(key, d.get("story_id").asText());
          articleBySource.put(key, d.get("article_id").asText());
        });
    // a million articles' paragraph keys as boxed sets would not fit a small heap: sorted arrays
    Map<String, Keys> truthContent = new HashMap<>();
    Map<String, Keys> truthNoise = new HashMap<>();
    eachLine(
        json,
        truthDir.resolve("paragraphs.jsonl"),
        p -> {
          long key = TextKey.of(p.get("text").asText());
          if (key == 0) return;
          Map<String, Keys> target =
              "content".equals(p.get("label").asText()) ? truthContent : truthNoise;
          target.computeIfAbsent(p.get("article_id").asText(), a -> new Keys()).add(key);
        });

    Map<String, String> articleByDoc = new HashMap<>();
    Map<String, String> truthClusters = new HashMap<>();
    Map<String, String> predictedClusters = new HashMap<>();
    // rows stream in one partition at a time: the driver never holds a whole dataset's rows
    for (Row r :
        iterable(
            spark
                .read()
                .parquet(output.resolve("documents").toString())
                .select("doc_id", "source", "cluster_id"))) {
      String key = relativeSource(r.getString(1), storyBySource.keySet());
      if (key == null) continue;
      articleByDoc.put(r.getString(0), articleBySource.get(key));
      truthClusters.put(r.getString(0), storyBySource.get(key));
      predictedClusters.put(r.getString(0), r.getString(2));
    }

    Map<String, Keys> kept = new HashMap<>();
    for (Row r :
        iterable(
            spark
                .read()
                .parquet(output.resolve("paragraphs").toString())
                .filter("label = 'content' and kind <> 'title'")
                .select("doc_id", "text"))) {
      String article = articleByDoc.get(r.getString(0));
      if (article != null) {
        kept.computeIfAbsent(article, a -> new Keys()).add(TextKey.of(r.getString(1)));
      }
    }
    for (Map<String, Keys> m : List.of(truthContent, truthNoise, kept)) {
      m.values().forEach(Keys::seal);
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long noise = 0;
    long removed = 0;
    for (String article : articleByDoc.values()) {
      Keys content = truthContent.getOrDefault(article, new Keys());
      Keys noiseKeys = truthNoise.getOrDefault(article, new Keys());
      Keys out = kept.getOrDefault(article, new Keys());
      for (int i = 0; i < content.size; i++) {
        if (out.contains(content.keys[i])) tp++;
        else fn++;
      }
      for (int i = 0; i < out.size; i++) if (!content.contains(out.keys[i])) fp++;
      for (int i = 0; i < noiseKeys.size; i++) {
        long k = noiseKeys.keys[i];
        if (content.contains(k)) continue; // the same text is content elsewhere on the page
        noise++;
        if (!out.contains(k)) removed++;
      }
    }
    return new TruthScore(
        storyBySource.size(),
        articleByDoc.size(),
        tp,
        fp,
        fn,
        noise,
        removed,
        ClusterMetrics.of(truthClusters, predictedClusters),
        truthClusters,
        predictedClusters);
  }

  /** The truth key ({@code warc/a.warc.gz#123}) an output source ends with, or null. */
  private static String relativeSource(String source, Set<String> keys) {
    int slash = source.length();
    while ((slash = source.lastIndexOf('/', slash - 1)) > 0) {
      String candidate = source.substring(slash + 1);
      if (keys.contains(candidate)) return candidate;
    }
    return null;
  }

  /** Hands each JSON line of {@code file} to {@code action} as it is read. */
  private static void eachLine(ObjectMapper json, Path file, Consumer<JsonNode> action)
      throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.lines()
          .filter(l -> !l.isBlank())
          .forEach(
              l -> {
                try {
                  action.accept(json.readTree(l));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static Iterable<Row> iterable(Dataset<Row> rows) {
    return rows::toLocalIterator;
  }

  /** One article's paragraph keys: appended, then sealed sorted and distinct for lookups. */
  private static final class Keys {
    long[] keys = new long[4];
    int size;

    void add(long key) {
      if (size == keys.length) keys = Arrays.copyOf(keys, size * 2);
      keys[size++] = key;
    }

    void seal() {
      Arrays.sort(keys, 0, size);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (distinct == 0 || keys[distinct - 1] != keys[i]) keys[distinct++] = keys[i];
      }
      size = distinct;
      keys = Arrays.copyOf(keys, size);
    }

    boolean contains(long key) {
      return Arrays.binarySearch(keys, 0, size, key) >= 0;
    }
  }

  /** A one-paragraph summary for people. */
  public String summary() {
    return String.format(
        "documents %d/%d matched; content P %.3f R %.3f F1 %.3f; noise removed %.3f (%d/%d);"
            + " stories pairwise P %.3f R %.3f F1 %.3f ARI %.3f",
        matchedDocuments,
        truthDocuments,
        contentPrecision(),
        contentRecall(),
        contentF1(),
        noiseRemovedShare(),
        noiseRemoved,
        noiseLines,
        clusters.precision(),
        clusters.recall(),
        clusters.f1(),
        clusters.adjustedRand());
  }

  /**
   * The predicted stories that mix truth stories, and the truth stories split over several
   * predicted ones: cluster id to the sorted truth story ids (or story id to cluster ids).
   */
  public static Map<String, java.util.SortedSet<String>> disagreements(
      Map<String, String> from, Map<String, String> to) {
    Map<String, java.util.SortedSet<String>> m = new java.util.TreeMap<>();
    for (Map.Entry<String, String> e : from.entrySet()) {
      m.computeIfAbsent(e.getValue(), k -> new java.util.TreeSet<>()).add(to.get(e.getKey()));
    }
    m.values().removeIf(v -> v.size() < 2);
    return m;
  }

  /** Prints the score of an output: {@code TruthScore OUTPUT_DIR TRUTH_DIR}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TruthScore OUTPUT_DIR TRUTH_DIR");
      System.exit(2);
    }
    SparkSession spark =
        SparkSession.builder().appName("winnow-truth-score").master("local[2]").getOrCreate();
    try {
      TruthScore score = of(spark, Paths.get(args[0]), Paths.get(args[1]));
      System.out.println(score.summary());
      System.out.println("output stories mixing truth stories (cluster -> stories):");
      disagreements(score.predictedStories(), score.truthStories())
          .forEach((k, v) -> System.out.println("  " + k + " -> " + v));
      System.out.println("truth stories split over output stories (story -> clusters):");
      disagreements(score.truthStories(), score.predictedStories())
          .forEach((k, v) -> System.out.println("  " + k + " -> " + v));
    } finally {
      spark.stop();
    }
  }
}
