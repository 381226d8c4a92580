package org.winnow.jobs.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.winnow.dedup.CanonicalPolicy;
import org.winnow.jobs.WinnowJob;
import org.winnow.settings.Settings;

/**
 * What the stories of an output look like when there is no truth to score them against: how many,
 * how large, the largest with their hosts, and how they agree with wire-agency credits (a document
 * credited to Reuters should sit with the other Reuters copies of its story, not with AP's).
 *
 * <pre>{@code
 * winnow stories OUT 5
 *   -> 680 documents in 454 stories (110 with copies, 336 documents in them)
 *      story sizes: 1: 344, 2: 60, 3-4: 28, ...
 *      largest: 15 copies on 15 hosts "Trump, Putin ..." (apnews.com, ...)
 *      agency credits: 187 documents, 83.4 % in stories with copies; ...
 * }</pre>
 *
 * <p>Credits are weak labels: a document counts as an agency's when its author, a short line of it
 * other than a photo caption ("By The Associated Press", "© 2018 Thomson/Reuters") or a dateline
 * ("HELSINKI (Reuters) - ...") names one of {@code dedup.agency_bylines}, read from the output's
 * own settings. Titles missing from the input (text-only scrapes) are shown as the first content
 * paragraph.
 *
 * @param documents documents in the output
 * @param stories stories (clusters), singletons included
 * @param documentsWithCopies documents in stories of two or more copies
 * @param sizes number of stories by size bucket ("1", "2", "3-4", "5-8", ...), in size order
 * @param largest the largest stories, largest first
 * @param credited documents credited to an agency
 * @param creditedWithCopies of those, documents in a story of two or more copies
 * @param storiesByAgency for each agency, how many stories hold its credited documents
 * @param mixedStories stories holding documents credited to two different agencies
 */
public record StoryReport(
    long documents,
    long stories,
    long documentsWithCopies,
    Map<String, Long> sizes,
    List<Story> largest,
    long credited,
    long creditedWithCopies,
    Map<String, Integer> storiesByAgency,
    long mixedStories) {

  /**
   * One document as the report sees it.
   *
   * @param clusterId its story
   * @param host its outlet
   * @param title its title, or null
   * @param canonical whether it is its story's canonical copy
   * @param agency the agency it is credited to, or null
   */
  public record Doc(String clusterId, String host, String title, boolean canonical, String agency) {
    public Doc {
      Objects.requireNonNull(clusterId, "clusterId");
    }
  }

  /**
   * One story in the list of the largest.
   *
   * @param clusterId the story's id
   * @param size its copies
   * @param hosts the distinct hosts that carried it, sorted
   * @param title its canonical copy's title, or null
   */
  public record Story(String clusterId, int size, List<String> hosts, String title) {}

  /** The report over {@code docs}, listing the {@code largest} biggest stories. */
  public static StoryReport of(List<Doc> docs, int largest) {
    if (largest < 0) throw new IllegalArgumentException("largest must be >= 0, was " + largest);
    Map<String, List<Doc>> byStory = new TreeMap<>();
    for (Doc d : docs) byStory.computeIfAbsent(d.clusterId(), k -> new ArrayList<>()).add(d);

    Map<Integer, Long> byBucket = new TreeMap<>();
    List<Story> all = new ArrayList<>();
    long credited = 0;
    long creditedWithCopies = 0;
    Map<String, Integer> storiesByAgency = new TreeMap<>();
    long mixed = 0;
    long withCopies = 0;
    for (Map.Entry<String, List<Doc>> e : byStory.entrySet()) {
      List<Doc> copies = e.getValue();
      byBucket.merge(bucket(copies.size()), 1L, Long::sum);
      if (copies.size() > 1) withCopies += copies.size();
      TreeSet<String> hosts = new TreeSet<>();
      TreeSet<String> agencies = new TreeSet<>();
      String title = null;
      for (Doc d : copies) {
        if (d.host() != null) hosts.add(d.host());
        if (d.canonical()) title = d.title();
        if (d.agency() != null) {
          agencies.add(d.agency());
          credited++;
          if (copies.size() > 1) creditedWithCopies++;
        }
      }
      for (String a : agencies) storiesByAgency.merge(a, 1, Integer::sum);
      if (agencies.size() > 1) mixed++;
      all.add(new Story(e.getKey(), copies.size(), List.copyOf(hosts), title));
    }
    all.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::clusterId));
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Map.Entry<Integer, Long> b : byBucket.entrySet()) {
      sizes.put(bucketName(b.getKey()), b.getValue());
    }
    return new StoryReport(
        docs.size(),
        byStory.size(),
        withCopies,
        sizes,
        List.copyOf(all.subList(0, Math.min(largest, all.size()))),
        credited,
        creditedWithCopies,
        storiesByAgency,
        mixed);
  }

  /** Size buckets double: 1, 2, 3-4, 5-8, 9-16, ... (the bucket's upper bound). */
  private static int bucket(int size) {
    int upper = 1;
    while (upper < size) upper <<= 1;
    return upper;
  }

  private static String bucketName(int upper) {
    return upper <= 2 ? Integer.toString(upper) : (upper / 2 + 1) + "-" + upper;
  }

  /** Stories of two or more copies. */
  public long storiesWithCopies() {
    return stories - sizes.getOrDefault("1", 0L);
  }

  /** The report for a Winnow output folder, credits judged with {@code policy}. */
  public static StoryReport read(
      SparkSession spark, Path output, CanonicalPolicy policy, int largest) {
    Map<String, String> agencyByDoc = new HashMap<>();
    Map<String, Row> openingByDoc = new HashMap<>();
    for (Row r :
        spark
            .read()
            .parquet(output.resolve("paragraphs").toString())
            .filter("label = 'content' or kind not in ('caption', 'heading', 'related')")
            .select("doc_id", "position", "text", "label")
            .collectAsList()) {
      String text = r.getString(2);
      if (text == null) continue;
      if ("content".equals(r.getString(3))) {
        openingByDoc.merge(r.getString(0), r, (a, b) -> a.getInt(1) <= b.getInt(1) ? a : b);
      }
      String agency = credit(text, policy);
      if (agency != null) agencyByDoc.merge(r.getString(0), agency, StoryReport::first);
    }
    List<Doc> docs = new ArrayList<>();
    for (Row r :
        spark
            .read()
            .parquet(output.resolve("documents").toString())
            .select("doc_id", "cluster_id", "host", "title", "is_canonical", "author")
            .collectAsList()) {
      String id = r.getString(0);
      String agency = agencyByDoc.get(id);
      if (r.getString(5) != null) agency = first(agency, fold(policy.agencyByline(r.getString(5))));
      String title = r.getString(3);
      if (title == null && openingByDoc.containsKey(id)) {
        String opening = openingByDoc.get(id).getString(2);
        title = opening.length() <= 80 ? opening : opening.substring(0, 79) + "…";
      }
      docs.add(
          new Doc(
              r.getString(1), r.getString(2), title, !r.isNullAt(4) && r.getBoolean(4), agency));
    }
    return of(docs, largest);
  }

  /**
   * The agency a paragraph credits, folded to its initials when it has several words ("Associated
   * Press" and "AP" are one agency), or null: a short line naming it ("By The Associated Press", "©
   * 2018 Thomson/Reuters") or a dateline opening the story ("HELSINKI (AP) — ...").
   */
  static String credit(String paragraph, CanonicalPolicy policy) {
    int words = paragraph.isBlank() ? 0 : paragraph.trim().split("\\s+").length;
    if (words <= 12) return fold(policy.agencyByline(paragraph));
    int open = paragraph.indexOf('(');
    if (open < 0 || open > 40) return null;
    int close = paragraph.indexOf(')', open);
    if (close < 0) return null;
    return fold(policy.agencyByline(paragraph.substring(open, close + 1)));
  }

  /** "Associated Press" -> "AP", "Agence France-Presse" -> "AFP", "Reuters" -> "Reuters". */
  static String fold(String agency) {
    if (agency == null) return null;
    String[] words = agency.trim().split("[\\s-]+");
    if (words.length < 2) return agency;
    StringBuilder initials = new StringBuilder();
    for (String w : words) initials.append(Character.toUpperCase(w.charAt(0)));
    return initials.toString();
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  /** The report as lines for people. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "%d documents in %d stories (%d with two or more copies, holding %d documents)%n",
            documents, stories, storiesWithCopies(), documentsWithCopies));
    s.append("story sizes:");
    sizes.forEach((k, v) -> s.append(' ').append(k).append(": ").append(v).append(','));
    s.setLength(s.length() - 1);
    s.append(System.lineSeparator());
    for (Story st : largest) {
      s.append(
          String.format(
              "  %d copies on %d hosts: %s (%s)%n",
              st.size(),
              st.hosts().size(),
              st.title() == null ? "-" : '"' + st.title() + '"',
              String.join(", ", st.hosts())));
    }
    s.append(
        String.format(
            "agency credits: %d documents, %.1f %% of them in stories with copies; stories per"
                + " agency %s; stories mixing two agencies: %d%n",
            credited,
            credited == 0 ? 0.0 : 100.0 * creditedWithCopies / credited,
            storiesByAgency,
            mixedStories));
    return s.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: winnow stories OUTPUT_DIR [LARGEST]");
      System.exit(WinnowJob.USAGE_ERROR);
    }
    Path output = Paths.get(args[0]);
    int largest = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Settings settings = Settings.defaults();
    Path saved = output.resolve("_settings.properties");
    if (Files.isRegularFile(saved)) {
      try (Reader r = Files.newBufferedReader(saved)) {
        settings = Settings.load(r);
      }
    }
    SparkSession spark =
        SparkSession.builder().appName("winnow-stories").master("local[1]").getOrCreate();
    try {
      System.out.print(read(spark, output, new CanonicalPolicy(settings), largest).summary());
    } finally {
      spark.stop();
    }
  }
}
