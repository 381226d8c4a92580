package org.winnow.jobs.stages;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.winnow.classify.BlockStats;
import org.winnow.classify.CorpusStats;
import org.winnow.classify.ListedHeadlines;
import org.winnow.classify.ParagraphClassifier;
import org.winnow.classify.StorySample;
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
 * <p>Only the counts travel, in two shuffles: every partition sends one tally per text key (and per
 * host) it holds, counted before the shuffle; each combined key sends the counts of a text seen
 * more than once back to the partitions holding its pages, where they are zipped with the pages.
 * Both go in batches by the partition they are bound for ({@link TallyBatch}, {@link FactBatch}).
 * Pages are never shuffled.
 */
public final class ClassifyStage implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Settings settings;

  public ClassifyStage(Settings settings) {
    this.settings = settings;
  }

  /**
   * What a tally counts: the pages carrying a text key over all hosts ({@code host} null), or the
   * pages of a host ({@code key} 0, which no block has).
   */
  record CountKey(String host, long key) implements Serializable {}

  /**
   * A page seen carrying a key: its outlet, partition and story key ({@link StorySample#storyKey}),
   * or (host null) titled with the key.
   */
  record Sighting(String host, int partition, long storyKey) implements Serializable {}

  /**
   * A fact routed to a partition: the stats of a text key on a host, or (stats null) a host's page
   * count.
   */
  record Fact(String host, long key, BlockStats stats, int hostPageCount) implements Serializable {}

  /** The outlet a page counts under (see {@link Hosts#outletOf(Page)}). */
  static String hostOf(Page p) {
    return Hosts.outletOf(p);
  }

  /**
   * What classification counts of a page: its outlet, the key of its title (0 without one) and the
   * distinct non-zero keys of its blocks. A few hundred bytes, where the page is tens of kilobytes.
   *
   * <pre>{@code
   * page of news.a.com titled "Rail strike" with blocks "Rail strike", "Home", "Home"
   *   -> PageKeys("a.com", key("Rail strike"), [key("Home"), key("Rail strike")] sorted,
   *               key("Rail strike"))
   * }</pre>
   *
   * @param host the outlet ({@link Hosts#outletOf(Page)})
   * @param titleKey the text key of the title, 0 without one
   * @param keys the distinct non-zero text keys of the blocks, ascending
   * @param storyKey the key of the longest block ({@link StorySample#storyKey}), 0 without text
   * @param listedKeys the keys of the headlines a text scrape lists ({@link ListedHeadlines}),
   *     ascending; counted as titles
   */
  public record PageKeys(String host, long titleKey, long[] keys, long storyKey, long[] listedKeys)
      implements Serializable {
    /** The keys of {@code p}. */
    public static PageKeys of(Page p) {
      return new PageKeys(
          hostOf(p),
          p.title() == null ? 0L : TextKey.of(p.title()),
          distinctKeys(p),
          StorySample.storyKey(p),
          ListedHeadlines.keys(p));
    }
  }

  /** Classified pages, partition for partition with {@code pages}. */
  public JavaRDD<ClassifiedPage> run(JavaRDD<Page> pages) {
    return run(pages, pages.map(PageKeys::of));
  }

  /**
   * Classified pages, partition for partition with {@code pages}, counted from {@code keys}: the
   * {@link PageKeys} of those pages, partition for partition and in the same order, as a pass that
   * already read the pages took them (so that the pages themselves are read once, to classify).
   */
  public JavaRDD<ClassifiedPage> run(JavaRDD<Page> pages, JavaRDD<PageKeys> keys) {
    int partitions = pages.getNumPartitions();

    // Each partition counts its own sightings in a plain map before the shuffle: Spark's map-side
    // combine would do the same, but it re-estimates the size of its map (a tally holds a map of
    // hosts) every few records, which cost more than the counting. A partition's map holds the keys
    // of its own pages, as its cached pages do. Without a combiner on the map side the shuffle
    // writes the tallies serialized, in one batch per partition they are bound for (hashed by key,
    // as a HashPartitioner would): one record per key was a record for the shuffle's sorter and a
    // key and a tuple for Kryo, for every text of every partition.
    JavaRDD<TallyBatch> partitionTallies =
        JavaPairRDD.fromJavaRDD(
                keys.mapPartitionsWithIndex(
                    (idx, it) -> TallyBatch.byPartition(tallies(idx, it), partitions).iterator(),
                    true))
            .partitionBy(new PartitionIndex(partitions))
            .values();

    // The same on the reduce side: each partition merges the tallies it receives in a plain map.
    // Spark's combineByKey would merge them in its spilling map, which samples its own size by
    // walking the tallies every few records (1.4% of the whole job's CPU on 4,632 real pages).
    // The merged keys of a partition are a share of the corpus's, as on the map side. Its facts
    // travel in one batch per partition they are bound for, not one record each.
    JavaRDD<FactBatch> facts =
        partitionTallies
            .mapPartitions(batches -> merged(TallyBatch.entries(batches)))
            .mapPartitionsToPair(ClassifyStage::batched)
            .partitionBy(new PartitionIndex(partitions))
            .values();

    return pages.zipPartitions(
        facts,
        (pageIt, batchIt) -> {
          Map<String, Integer> hostPageCount = new HashMap<>();
          // by host, then by key: a page looks its host up once and each block by its key alone,
          // in a map the size of its host's repeated texts
          Map<String, LongMap<BlockStats>> repeated = new HashMap<>();
          while (batchIt.hasNext()) {
            FactBatch b = batchIt.next();
            for (int i = 0; i < b.size(); i++) {
              long key = b.key(i);
              if (key == 0) {
                hostPageCount.put(b.host(i), b.hostPages(i));
              } else {
                repeated.computeIfAbsent(b.host(i), h -> new LongMap<>()).put(key, b.stats(i));
              }
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
              String host = hostOf(p);
              Map<Integer, BlockStats> byPosition = new HashMap<>();
              LongMap<BlockStats> ofHost = repeated.get(host);
              if (ofHost != null) {
                for (Block b : p.blocks()) {
                  BlockStats s = ofHost.get(b.key());
                  if (s != null) byPosition.put(b.position(), s);
                }
              }
              CorpusStats stats =
                  new CorpusStats(
                      hostPageCount.getOrDefault(host, 1), withoutOwnTitle(p, byPosition));
              return new ClassifiedPage(withoutLayout(p), classifier.classify(p, stats));
            }
          };
        });
  }

  /**
   * The tallies of one partition's pages: per host, its pages; per text key, the pages of each host
   * carrying it and the pages titled with it.
   */
  static List<Tuple2<CountKey, Tally>> tallies(int partition, Iterator<PageKeys> pages) {
    Map<CountKey, Tally> out = new HashMap<>();
    Sighting titled = new Sighting(null, partition, 0);
    while (pages.hasNext()) {
      PageKeys p = pages.next();
      Sighting seen = new Sighting(p.host(), partition, p.storyKey());
      out.computeIfAbsent(new CountKey(p.host(), 0), k -> new Tally()).add(seen);
      for (long k : p.keys()) {
        out.computeIfAbsent(new CountKey(null, k), c -> new Tally()).add(seen);
      }
      if (p.titleKey() != 0) {
        out.computeIfAbsent(new CountKey(null, p.titleKey()), c -> new Tally()).add(titled);
      }
      for (long k : p.listedKeys()) {
        // a page listing its own title names it once
        if (k == p.titleKey()) continue;
        out.computeIfAbsent(new CountKey(null, k), c -> new Tally()).add(titled);
      }
    }
    List<Tuple2<CountKey, Tally>> list = new ArrayList<>(out.size());
    out.forEach((k, t) -> list.add(new Tuple2<>(k, t)));
    return list;
  }

  /** The tallies of a partition merged by key. */
  static Iterator<Tuple2<CountKey, Tally>> merged(Iterator<Tuple2<CountKey, Tally>> tallies) {
    Map<CountKey, Tally> out = new HashMap<>();
    while (tallies.hasNext()) {
      Tuple2<CountKey, Tally> t = tallies.next();
      Tally mine = out.putIfAbsent(t._1(), t._2());
      if (mine != null) mine.merge(t._2());
    }
    List<Tuple2<CountKey, Tally>> list = new ArrayList<>(out.size());
    out.forEach((k, t) -> list.add(new Tuple2<>(k, t)));
    return list.iterator();
  }

  /**
   * Most facts or tallies one shuffled batch holds: a batch is one record to Kryo, which has to
   * hold it whole in its buffer ({@code spark.kryoserializer.buffer.max}), so a partition's share
   * for another goes in batches of at most this many, about a megabyte each.
   */
  static final int BATCH = 20_000;

  /**
   * The facts of merged tallies, gathered in batches by the partition they are bound for (several
   * for one partition when it gets more than {@link #BATCH}).
   */
  static Iterator<Tuple2<Integer, FactBatch>> batched(Iterator<Tuple2<CountKey, Tally>> merged) {
    Map<Integer, FactBatch> open = new HashMap<>();
    List<Tuple2<Integer, FactBatch>> out = new ArrayList<>();
    while (merged.hasNext()) {
      Tuple2<CountKey, Tally> t = merged.next();
      for (Tuple2<Integer, Fact> f : t._2().facts(t._1())) {
        FactBatch b = open.computeIfAbsent(f._1(), p -> new FactBatch());
        Fact fact = f._2();
        if (fact.stats() == null) b.addHostPages(fact.host(), fact.hostPageCount());
        else b.addStats(fact.host(), fact.key(), fact.stats());
        if (b.size() == BATCH) out.add(new Tuple2<>(f._1(), open.remove(f._1())));
      }
    }
    open.forEach((p, b) -> out.add(new Tuple2<>(p, b)));
    return out.iterator();
  }

  /**
   * The page as the passes after classification need it: its metadata and, of each block, the text,
   * tag and key. The layout that only classification reads (tag paths, class and id tokens, depth,
   * links, flags) and the structured body go, which makes the cached classified pages about half as
   * large to write and to read back on every later pass.
   */
  static Page withoutLayout(Page p) {
    List<Block> blocks = new ArrayList<>(p.blocks().size());
    for (Block b : p.blocks()) blocks.add(b.withoutLayout());
    return new Page(
        p.docId(),
        p.source(),
        p.url(),
        p.host(),
        p.title(),
        p.publishedAt(),
        p.author(),
        p.language(),
        null,
        blocks,
        List.of());
  }

  /** The distinct non-zero text keys of a page's blocks (a page counts once per text). */
  static long[] distinctKeys(Page p) {
    long[] keys = new long[p.blocks().size()];
    int n = 0;
    for (Block b : p.blocks()) if (b.key() != 0) keys[n++] = b.key();
    Arrays.sort(keys, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) if (d == 0 || keys[d - 1] != keys[i]) keys[d++] = keys[i];
    return Arrays.copyOf(keys, d);
  }

  /**
   * The pages counted for one {@link CountKey} as partitions are combined: per host, its pages and
   * the partitions they live in; and the pages titled with the key.
   */
  static final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;
    int titlePages;
    final HashMap<String, Spread> hosts;
    final StorySample stories;

    Tally() {
      this(0, new HashMap<>(2), new StorySample());
    }

    private Tally(int titlePages, HashMap<String, Spread> hosts, StorySample stories) {
      this.titlePages = titlePages;
      this.hosts = hosts;
      this.stories = stories;
    }

    /** Counts one more sighting in place (a combiner belongs to one task). */
    Tally add(Sighting s) {
      if (s.host() == null) {
        titlePages++;
      } else {
        stories.add(s.storyKey(), 1);
        Spread spread = hosts.get(s.host());
        if (spread == null) hosts.put(s.host(), new Spread(1, new int[] {s.partition()}));
        else spread.add(1, new int[] {s.partition()});
      }
      return this;
    }

    Tally merge(Tally o) {
      titlePages += o.titlePages;
      stories.merge(o.stories);
      for (Map.Entry<String, Spread> e : o.hosts.entrySet()) {
        Spread mine = hosts.get(e.getKey());
        if (mine == null) hosts.put(e.getKey(), e.getValue());
        else mine.add(e.getValue().pages, e.getValue().partitions);
      }
      return this;
    }

    /**
     * The facts this key sends to the partitions of its pages: a host's page count to each of its
     * partitions; a text's stats on each host to that host's partitions when the text is on more
     * than one page or is some page's title (a text on one page only is {@link BlockStats#UNIQUE}
     * by default and needs no fact).
     */
    List<Tuple2<Integer, Fact>> facts(CountKey key) {
      List<Tuple2<Integer, Fact>> out = new ArrayList<>();
      if (key.host() != null) {
        Spread s = hosts.get(key.host());
        for (int p : s.partitions) out.add(new Tuple2<>(p, new Fact(key.host(), 0, null, s.pages)));
        return out;
      }
      int pages = 0;
      for (Spread s : hosts.values()) pages += s.pages;
      if (pages <= 1 && titlePages == 0) return out;
      for (Map.Entry<String, Spread> e : hosts.entrySet()) {
        Spread s = e.getValue();
        BlockStats stats =
            new BlockStats(s.pages, hosts.size(), titlePages, pages, stories.largestStory());
        for (int p : s.partitions) {
          out.add(new Tuple2<>(p, new Fact(e.getKey(), key.key(), stats, 0)));
        }
      }
      return out;
    }
  }

  /** Pages of one host carrying a key, and the sorted partitions they live in. */
  static final class Spread implements Serializable {
    private static final long serialVersionUID = 1L;
    int pages;
    int[] partitions;

    Spread(int pages, int[] partitions) {
      this.pages = pages;
      this.partitions = partitions;
    }

    void add(int morePages, int[] moreParts) {
      pages += morePages;
      partitions = sortedUnion(partitions, moreParts);
    }

    private static int[] sortedUnion(int[] a, int[] b) {
      int[] out = new int[a.length + b.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < a.length || j < b.length) {
        int next;
        if (j == b.length || (i < a.length && a[i] <= b[j])) next = a[i++];
        else next = b[j++];
        if (n == 0 || out[n - 1] != next) out[n++] = next;
      }
      if (n == a.length) return a; // b added nothing new, the usual case within a partition
      return n == out.length ? out : Arrays.copyOf(out, n);
    }
  }

  /**
   * Kryo serializer for a {@link Tally}, written field by field: its title pages, each host with
   * its pages and partitions as varints, and its story sample. The census shuffles one tally per
   * text key of every partition; Kryo's field serializer wrote each host map entry through its
   * generic map serializer (1.2% of the whole job's execution samples on 4,632 real pages, 0.1%
   * with this one; the shuffle read that merges the tallies fell from 3.0% to 2.1%).
   *
   * <pre>{@code
   * Tally(titlePages 0, {a.com: 2 pages in [0, 3]}, sample) -> 0 1 "a.com" 2 2 0 3 sample
   * }</pre>
   */
  public static final class TallySerializer extends Serializer<Object> {
    @Override
    public void write(Kryo kryo, Output output, Object object) {
      Tally t = (Tally) object;
      output.writeVarInt(t.titlePages, true);
      output.writeVarInt(t.hosts.size(), true);
      for (Map.Entry<String, Spread> e : t.hosts.entrySet()) {
        output.writeString(e.getKey());
        Spread s = e.getValue();
        output.writeVarInt(s.pages, true);
        output.writeVarInt(s.partitions.length, true);
        for (int p : s.partitions) output.writeVarInt(p, true);
      }
      kryo.writeObject(output, t.stories);
    }

    @Override
    public Object read(Kryo kryo, Input input, Class<Object> type) {
      int titlePages = input.readVarInt(true);
      int n = input.readVarInt(true);
      HashMap<String, Spread> hosts = new HashMap<>(Math.max(2, n * 2));
      for (int i = 0; i < n; i++) {
        String host = input.readString();
        int pages = input.readVarInt(true);
        int[] partitions = new int[input.readVarInt(true)];
        for (int j = 0; j < partitions.length; j++) partitions[j] = input.readVarInt(true);
        hosts.put(host, new Spread(pages, partitions));
      }
      return new Tally(titlePages, hosts, kryo.readObject(input, StorySample.class));
    }
  }

  /**
   * The tallies one partition sends to one merging partition: the keys and their tallies, in the
   * order counted.
   */
  static final class TallyBatch implements Serializable {
    private static final long serialVersionUID = 1L;
    final List<CountKey> keys;
    final List<Tally> tallies;

    TallyBatch(List<CountKey> keys, List<Tally> tallies) {
      this.keys = keys;
      this.tallies = tallies;
    }

    /**
     * {@code tallies} cut by the partition a {@link HashPartitioner} sends each key to, in batches
     * of at most {@link #BATCH}.
     */
    static List<Tuple2<Integer, TallyBatch>> byPartition(
        List<Tuple2<CountKey, Tally>> tallies, int partitions) {
      HashPartitioner to = new HashPartitioner(partitions);
      Map<Integer, TallyBatch> open = new HashMap<>();
      List<Tuple2<Integer, TallyBatch>> out = new ArrayList<>();
      for (Tuple2<CountKey, Tally> t : tallies) {
        int p = to.getPartition(t._1());
        TallyBatch b =
            open.computeIfAbsent(p, q -> new TallyBatch(new ArrayList<>(), new ArrayList<>()));
        b.keys.add(t._1());
        b.tallies.add(t._2());
        if (b.keys.size() == BATCH) out.add(new Tuple2<>(p, open.remove(p)));
      }
      open.forEach((p, b) -> out.add(new Tuple2<>(p, b)));
      return out;
    }

    /** The keys and tallies of {@code batches}, one after another, as they are read. */
    static Iterator<Tuple2<CountKey, Tally>> entries(Iterator<TallyBatch> batches) {
      return new Iterator<>() {
        private TallyBatch batch;
        private int next;

        @Override
        public boolean hasNext() {
          while (batch == null || next == batch.keys.size()) {
            if (!batches.hasNext()) return false;
            batch = batches.next();
            next = 0;
          }
          return true;
        }

        @Override
        public Tuple2<CountKey, Tally> next() {
          if (!hasNext()) throw new java.util.NoSuchElementException();
          Tuple2<CountKey, Tally> t = new Tuple2<>(batch.keys.get(next), batch.tallies.get(next));
          next++;
          return t;
        }
      };
    }
  }

  /**
   * Kryo serializer for a {@link TallyBatch}: its size, then per key its host (null for a text) and
   * text key, and its tally as {@link TallySerializer} writes it.
   */
  public static final class TallyBatchSerializer extends Serializer<Object> {
    private final TallySerializer tally = new TallySerializer();

    @Override
    public void write(Kryo kryo, Output output, Object object) {
      TallyBatch b = (TallyBatch) object;
      output.writeVarInt(b.keys.size(), true);
      for (int i = 0; i < b.keys.size(); i++) {
        CountKey k = b.keys.get(i);
        output.writeString(k.host());
        output.writeLong(k.key());
        tally.write(kryo, output, b.tallies.get(i));
      }
    }

    @Override
    public Object read(Kryo kryo, Input input, Class<Object> type) {
      int n = input.readVarInt(true);
      List<CountKey> keys = new ArrayList<>(n);
      List<Tally> tallies = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String host = input.readString();
        keys.add(new CountKey(host, input.readLong()));
        tallies.add((Tally) tally.read(kryo, input, null));
      }
      return new TallyBatch(keys, tallies);
    }
  }

  /** The Kryo serializer of the census's fact batches, for the registrator. */
  public static Serializer<?> factBatchSerializer() {
    return new FactBatch.BatchSerializer();
  }

  /**
   * A page's own title, or a headline it lists, is not a sign that a line of it is some other
   * page's headline.
   */
  private static Map<Integer, BlockStats> withoutOwnTitle(Page p, Map<Integer, BlockStats> stats) {
    if (stats.isEmpty()) return stats;
    long titleKey = p.title() == null ? 0 : TextKey.of(p.title());
    long[] listed = ListedHeadlines.keys(p);
    if (titleKey == 0 && listed.length == 0) return stats;
    Map<Integer, BlockStats> out = new HashMap<>(stats);
    for (Map.Entry<Integer, BlockStats> e : stats.entrySet()) {
      BlockStats s = e.getValue();
      long key = p.blocks().get(e.getKey()).key();
      boolean own = key == titleKey || Arrays.binarySearch(listed, key) >= 0;
      if (s.titlePages() > 0 && key != 0 && own) {
        out.put(e.getKey(), s.withoutOneTitle());
      }
    }
    return out;
  }
}
