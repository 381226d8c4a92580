package org.winnow.jobs.stages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.winnow.dedup.DedupSettings;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.settings.Settings;
import scala.Tuple2;

/** Groups syndicated copies into stories, or makes every document its own story when disabled. */
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
    return alone(classified);
  }

  /** Every document a story of its own. */
  static StoryResult alone(JavaRDD<ClassifiedPage> classified) {
    var memberships =
        classified.mapToPair(
            c -> new Tuple2<>(c.page().docId(), Membership.alone(c.page().docId(), positions(c))));
    JavaRDD<Story> stories =
        classified.map(
            c -> {
              Page p = c.page();
              List<String> hosts = p.host() == null ? List.of() : List.of(p.host());
              List<String> urls = p.url() == null ? List.of() : List.of(p.url());
              return new Story(
                  p.docId(),
                  p.docId(),
                  "only copy",
                  1,
                  hosts,
                  urls,
                  p.publishedAt(),
                  p.publishedAt());
            });
    return new StoryResult(memberships, stories, Map.of());
  }

  static int[] positions(ClassifiedPage c) {
    List<Block> content = c.textBlocks();
    int[] out = new int[content.size()];
    for (int i = 0; i < out.length; i++) out[i] = content.get(i).position();
    return out;
  }
}
