package org.winnow.jobs.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.winnow.dedup.CanonicalPolicy;
import org.winnow.jobs.WinnowJob;
import org.winnow.settings.Settings;
import scala.Tuple2;

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
  public record Doc(String clusterId, String host, String title, boolean canonical, String agency)
      implements Serializable {
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
  public record Story(String clusterId, int size, List<String> hosts, String title)
      implements Serializable {}

  /** The report over {@code docs}, listing the {@code largest} biggest stories. */
  public static StoryReport of(List<Doc> docs, int largest) {
    checkLargest(largest);
    Map<String, List<Doc>> byStory = new TreeMap<>();
    for (Doc d : docs) byStory.computeIfAbsent(d.clusterId(), k -> new ArrayList<>()).add(d);
    Totals totals = new Totals();
    List<Story> all = new ArrayList<>();
    for (Map.Entry<String, List<Doc>> e : byStory.entrySet()) {
      StoryTally t = StoryTally.of(e.getKey(), e.getValue());
      totals.add(t);
      all.add(t.story());
    }
    all.sort(LARGEST_FIRST);
    return totals.report(all.subList(0, Math.min(largest, all.size())));
  }

  private static void checkLargest(int largest) {
    if (largest < 0) throw new IllegalArgumentException("largest must be >= 0, was " + largest);
  }

  /** Largest story first, then by id, so that ties list the same way in every run. */
  private static final Comparator<Story> LARGEST_FIRST = new LargestFirst();

  private static final class LargestFirst implements Comparator<Story>, Serializable {
    @Override
    public int compare(Story a, Story b) {
      int bySize = Integer.compare(b.size(), a.size());
      return bySize != 0 ? bySize : a.clusterId().compareTo(b.clusterId());
    }
  }

  /**
   * What one story adds to the report.
   *
   * @param story the story as the list of the largest shows it
   * @param credited its documents credited to an agency
   * @param agencies the agencies they are credited to, sorted
   */
  record StoryTally(Story story, long credited, List<String> agencies) implements Serializable {
    static StoryTally of(String clusterId, Iterable<Doc> copies) {
      TreeSet<String> hosts = new TreeSet<>();
      TreeSet<String> agencies = new TreeSet<>();
      String title = null;
      int size = 0;
      long credited = 0;
      for (Doc d : copies) {
        size++;
        if (d.host() != null) hosts.add(d.host());
        if (d.canonical()) title = d.title();
        if (d.agency() != null) {
          agencies.add(d.agency());
          credited++;
        }
      }
      return new StoryTally(
          new Story(clusterId, size, List.copyOf(hosts), title), credited, List.copyOf(agencies));
    }
  }

  /** The report's counts over any number of stories; merged in any order to the same result. */
  static final class Totals implements Serializable {
    private long documents;
    private long stories;
    private long withCopies;
    private long credited;
    private long creditedWithCopies;
    private long mixed;
    private final TreeMap<Integer, Long> byBucket = new TreeMap<>();
    private final TreeMap<String, Integer> storiesByAgency = new TreeMap<>();

    Totals add(StoryTally t) {
      int size = t.story().size();
      documents += size;
      stories++;
      byBucket.merge(bucket(size), 1L, Long::sum);
      credited += t.credited();
      if (size > 1) {
        withCopies += size;
        creditedWithCopies += t.credited();
      }
      for (String a : t.agencies()) storiesByAgency.merge(a, 1, Integer::sum);
      if (t.agencies().size() > 1) mixed++;
      return this;
    }

    Totals merge(Totals o) {
      documents += o.documents;
      stories += o.stories;
      withCopies += o.withCopies;
      credited += o.credited;
      creditedWithCopies += o.creditedWithCopies;
      mixed += o.mixed;
      o.byBucket.forEach((k, v) -> byBucket.merge(k, v, Long::sum));
      o.storiesByAgency.forEach((k, v) -> storiesByAgency.merge(k, v, Integer::sum));
      return this;
    }

    StoryReport report(List<Story> largest) {
      Map<String, Long> sizes = new LinkedHashMap<>();
      byBucket.forEach((upper, count) -> sizes.put(bucketName(upper), count));
      return new StoryReport(
          documents,
          stories,
          withCopies,
          sizes,
          List.copyOf(largest),
          credited,
          creditedWithCopies,
          new TreeMap<>(storiesByAgency),
          mixed);
    }
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

  /**
   * The report for a Winnow output folder, credits judged with {@code policy}. Computed in Spark:
   * the driver receives the totals and the {@code largest} stories only, whatever the output's
   * size.
   */
  public static StoryReport read(
      SparkSession spark, Path output, CanonicalPolicy policy, int largest) {
    checkLargest(largest);
    JavaPairRDD<String, Credit> credits =
        spark
            .read()
            .parquet(output.resolve("paragraphs").toString())
            .filter("label = 'content' or kind not in ('caption', 'heading', 'related')")
            .select("doc_id", "position", "text", "label")
            .javaRDD()
            .filter(r -> r.getString(2) != null)
            .mapToPair(r -> new Tuple2<>(r.getString(0), Credit.of(r, policy)))
            .reduceByKey(Credit::earliest);
    JavaRDD<StoryTally> tallies =
        spark
            .read()
            .parquet(output.resolve("documents").toString())
            .select("doc_id", "cluster_id", "host", "title", "is_canonical", "author")
            .javaRDD()
            .mapToPair(r -> new Tuple2<>(r.getString(0), r))
            .leftOuterJoin(credits)
            .map(e -> doc(e._2()._1(), e._2()._2().orElse(Credit.NONE), policy))
            .groupBy(Doc::clusterId)
            .map(e -> StoryTally.of(e._1(), e._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Totals totals = tallies.aggregate(new Totals(), Totals::add, Totals::merge);
      List<Story> top =
          largest == 0
              ? List.of()
              : tallies.map(StoryTally::story).takeOrdered(largest, LARGEST_FIRST);
      return totals.report(top);
    } finally {
      tallies.unpersist(false);
    }
  }

  /** A document row (doc_id, cluster_id, host, title, is_canonical, author) with its credit. */
  private static Doc doc(Row r, Credit credit, CanonicalPolicy policy) {
    String agency = credit.agency();
    if (r.getString(5) != null) agency = first(agency, fold(policy.agencyByline(r.getString(5))));
    String title = r.getString(3);
    if (title == null && credit.opening() != null) {
      String opening = credit.opening();
      title = opening.length() <= 80 ? opening : opening.substring(0, 79) + "…";
    }
    return new Doc(
        r.getString(1), r.getString(2), title, !r.isNullAt(4) && r.getBoolean(4), agency);
  }

  /**
   * What a document's paragraphs say for the report: its first content paragraph and the first
   * agency one of them credits, each with its position (so that merging keeps the earliest, in any
   * order).
   */
  record Credit(int openingAt, String opening, int agencyAt, String agency)
      implements Serializable {
    static final Credit NONE = new Credit(Integer.MAX_VALUE, null, Integer.MAX_VALUE, null);

    /** The credit of one paragraph row (doc_id, position, text, label). */
    static Credit of(Row r, CanonicalPolicy policy) {
      int at = r.getInt(1);
      String text = r.getString(2);
      boolean content = "content".equals(r.getString(3));
      String agency = credit(text, policy);
      return new Credit(
          content ? at : Integer.MAX_VALUE,
          content ? text : null,
          agency != null ? at : Integer.MAX_VALUE,
          agency);
    }

    Credit earliest(Credit o) {
      boolean mine = openingAt <= o.openingAt;
      boolean myAgency = agencyAt <= o.agencyAt;
      return new Credit(
          mine ? openingAt : o.openingAt,
          mine ? opening : o.opening,
          myAgency ? agencyAt : o.agencyAt,
          myAgency ? agency : o.agency);
    }
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
