package org.winnow.jobs.stages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.winnow.dedup.CopyFacts;
import org.winnow.dedup.DedupSettings;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.StoryCluster;
import org.winnow.jobs.dedup.DedupResult;
import org.winnow.jobs.dedup.DedupStage;
import org.winnow.jobs.dedup.IncrementalDedup;
import org.winnow.jobs.dedup.SketchStore;
import org.winnow.model.Block;
import org.winnow.model.Hosts;
import org.winnow.model.Page;
import org.winnow.settings.Settings;
import scala.Tuple2;

/**
 * Groups syndicated copies into stories from the article text of each page, or makes every document
 * a story of its own when {@code dedup.enabled=false}.
 */
public final class StoryStage implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Settings settings;

  public StoryStage(Settings settings) {
    this.settings = settings;
  }

  public StoryResult run(JavaRDD<ClassifiedPage> classified) {
    if (!settings.get(DedupSettings.ENABLED)) {
      return alone(classified);
    }
    return result(new DedupStage(settings).run(classified.map(StoryStage::facts)), Map.of());
  }

  /** Groups the pages of a new batch into the stories of {@code prior} and new ones. */
  public StoryResult run(JavaRDD<ClassifiedPage> classified, SketchStore.PriorRun prior) {
    IncrementalDedup.Result r =
        new IncrementalDedup(settings).run(classified.map(StoryStage::facts), prior);
    return result(r.dedup(), r.incremental());
  }

  private static StoryResult result(DedupResult r, Map<String, Long> incremental) {
    Map<String, Long> counters = new LinkedHashMap<>(r.counters().asMap());
    incremental.forEach((k, v) -> counters.put("incremental_" + k, v));
    return new StoryResult(
        r.memberships().mapToPair(m -> new Tuple2<>(m.docId(), m)),
        r.clusters(),
        counters,
        r.sketches(),
        r.templates());
  }

  /** What deduplication needs of a page: who published it, when, and its article text. */
  static CopyFacts facts(ClassifiedPage c) {
    Page p = c.page();
    List<Block> text = c.textBlocks();
    List<String> paragraphs = new ArrayList<>(text.size());
    for (Block b : text) paragraphs.add(b.text());
    return new CopyFacts(
        p.docId(),
        p.url() != null ? p.url() : p.source(),
        ClassifyStage.hostOf(p),
        p.publishedAt(),
        p.author(),
        p.title(),
        paragraphs,
        positions(c),
        p.blocks().stream().mapToLong(Block::key).filter(k -> k != 0).toArray());
  }

  /** Every document a story of its own. */
  static StoryResult alone(JavaRDD<ClassifiedPage> classified) {
    var memberships =
        classified.mapToPair(
            c -> {
              String id = c.page().docId();
              return new Tuple2<>(id, new DocMembership(id, id, id, 1.0, 1.0, positions(c)));
            });
    JavaRDD<StoryCluster> stories =
        classified.map(
            c -> {
              Page p = c.page();
              String host = Hosts.shownHostOf(p);
              List<String> hosts = host == null ? List.of() : List.of(host);
              List<String> urls = p.url() == null ? List.of() : List.of(p.url());
              return new StoryCluster(
                  p.docId(),
                  p.docId(),
                  "only copy",
                  1,
                  hosts,
                  urls,
                  p.publishedAt(),
                  p.publishedAt());
            });
    Dataset<Row> noSketches =
        SketchStore.frame(
            SparkSession.builder().getOrCreate(),
            JavaSparkContext.fromSparkContext(classified.context()).emptyRDD());
    return new StoryResult(memberships, stories, Map.of(), noSketches, new long[0]);
  }

  static int[] positions(ClassifiedPage c) {
    List<Block> text = c.textBlocks();
    int[] out = new int[text.size()];
    for (int i = 0; i < out.length; i++) out[i] = text.get(i).position();
    return out;
  }
}
