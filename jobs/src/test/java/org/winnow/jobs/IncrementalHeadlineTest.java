package org.winnow.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.winnow.settings.Settings;

/**
 * A brief whose whole lead was rewritten, arriving the day after its story: an incremental run
 * finds it under the story's headline in the earlier run's sketches, as a full run would.
 */
class IncrementalHeadlineTest {
  private static final String HEADLINE = "City council approved a budget for flood defences";

  private static final List<String> WIRE =
      List.of(
          "BRENTFORD — The city council approved a budget of 41 million pounds for the flood"
              + " defences on Tuesday, after a winter in which the river broke its banks three"
              + " times. Councillors voted 31 to 9 after a debate that lasted well into the night.",
          "Mayor Helen Carter said the money would pay for new embankments along the eastern"
              + " bank and for pumps at the two stations that failed in January. Work is due to"
              + " begin in the spring and to take about two years.",
          "Residents of the Riverside estate, where more than 200 homes were flooded, said the"
              + " decision came too late for many families who are still living with relatives"
              + " while their houses dry out.",
          "The opposition leader, Martin Oduya, called the plan a patch on an old wound and said"
              + " the council had ignored warnings from its own engineers since 2019.");

  private static final String BRIEF =
      "BRENTFORD — Facing angry residents, the city council approved a budget for flood defences"
          + " late on Wednesday, a move that officials said was needed before the next winter"
          + " storms arrive in the valley.";

  private final SparkSession spark = TestSpark.session();

  private static Path jsonl(Path dir, String name, String url, String title, List<String> text)
      throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("url", url);
    line.put("title", title);
    line.put("published_at", "2025-01-06T10:00:00Z");
    line.put("text", String.join("\n", text));
    Path file = dir.resolve(name);
    Files.writeString(
        file, new ObjectMapper().writeValueAsString(line) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private Map<String, String> stories(String output) {
    Map<String, String> m = new HashMap<>();
    for (Row r :
        spark.read().parquet(output + "/documents").select("url", "cluster_id").collectAsList()) {
      m.put(r.getString(0), r.getString(1));
    }
    return m;
  }

  @Test
  void joinsABriefUnderTheStorysHeadlineToItsEarlierStory(@TempDir Path tmp) throws IOException {
    Path day1 = Files.createDirectories(tmp.resolve("day1"));
    Path day2 = Files.createDirectories(tmp.resolve("day2"));
    jsonl(day1, "wire.jsonl", "https://apnews.example.com/flood", HEADLINE, WIRE);
    jsonl(
        day2,
        "brief.jsonl",
        "https://gazette.example.org/flood",
        "UPDATE: " + HEADLINE,
        List.of(BRIEF));
    String first = tmp.resolve("out1").toString();
    String second = tmp.resolve("out2").toString();
    Settings defaults = Settings.defaults();
    WinnowJob.run(spark, List.of(day1.toString()), null, first, defaults, false);
    WinnowJob.run(spark, List.of(day2.toString()), first, second, defaults, false);
    String story = stories(first).get("https://apnews.example.com/flood");
    assertThat(stories(second).get("https://gazette.example.org/flood")).isEqualTo(story);
  }

  @Test
  void joinsAReHeadlinedBriefWhoseLeadTellsTheStorysHeadlineToItsEarlierStory(@TempDir Path tmp)
      throws IOException {
    Path day1 = Files.createDirectories(tmp.resolve("day1"));
    Path day2 = Files.createDirectories(tmp.resolve("day2"));
    jsonl(
        day1,
        "wire.jsonl",
        "https://apnews.example.com/flood",
        "City council approved a budget of 41 million pounds",
        WIRE);
    jsonl(
        day2,
        "brief.jsonl",
        "https://gazette.example.org/flood",
        "What a budget of 41 million pounds means for Brentford",
        List.of(
            "BRENTFORD — Facing angry residents, the city council approved a budget of 41 million"
                + " pounds late on Wednesday, a move that officials said was needed before the"
                + " next winter storms arrive in the valley."));
    String first = tmp.resolve("out1").toString();
    String second = tmp.resolve("out2").toString();
    Settings defaults = Settings.defaults();
    WinnowJob.run(spark, List.of(day1.toString()), null, first, defaults, false);
    WinnowJob.run(spark, List.of(day2.toString()), first, second, defaults, false);
    String story = stories(first).get("https://apnews.example.com/flood");
    assertThat(stories(second).get("https://gazette.example.org/flood")).isEqualTo(story);
  }

  /** The sketch row of the document at {@code url} in {@code output}. */
  private Row sketch(String output, String url) {
    return spark
        .read()
        .parquet(output + "/dedup_sketches")
        .where(org.apache.spark.sql.functions.col("url").equalTo(url))
        .select("band_keys", "headline_key", "headline_unlabelled_key", "exact_key")
        .first();
  }

  @Test
  void joinsAReHeadlinedBriefToItsEarlierStoryThroughTheStoredStorysPhraseKeysAlone(
      @TempDir Path tmp) throws IOException {
    // the brief shares no passage bucket, title key or exact key with its story: only the
    // phrases both headlines hold and both leads tell ("a budget of 41 million pounds"), under
    // their common dateline, make them candidates; the stored story's phrase keys are computed in
    // Spark SQL (IncrementalDedup), the brief's in Java (Headline.phraseKeys)
    Path day1 = Files.createDirectories(tmp.resolve("day1"));
    Path day2 = Files.createDirectories(tmp.resolve("day2"));
    String wireUrl = "https://apnews.example.com/flood";
    String briefUrl = "https://gazette.example.org/flood";
    jsonl(day1, "wire.jsonl", wireUrl, "City council approved a budget of 41 million pounds", WIRE);
    jsonl(
        day2,
        "brief.jsonl",
        briefUrl,
        "Why a budget of 41 million pounds came too late for Brentford",
        List.of(
            "BRENTFORD — Councillors approved a budget of 41 million pounds late on Wednesday"
                + " while angry residents filled the public gallery, and officials warned that"
                + " the work must end before winter storms reach the valley again."));
    String first = tmp.resolve("out1").toString();
    String second = tmp.resolve("out2").toString();
    Settings defaults = Settings.defaults();
    WinnowJob.run(spark, List.of(day1.toString()), null, first, defaults, false);
    WinnowJob.run(spark, List.of(day2.toString()), first, second, defaults, false);

    Row wire = sketch(second, wireUrl);
    Row brief = sketch(second, briefUrl);
    assertThat(brief.<Long>getList(0)).doesNotContainAnyElementsOf(wire.<Long>getList(0));
    assertThat(brief.getLong(1)).isNotEqualTo(wire.getLong(1));
    // neither title has a label to drop
    assertThat(List.of(brief.getLong(2), wire.getLong(2))).containsOnly(0L);
    assertThat(brief.getLong(3)).isNotEqualTo(wire.getLong(3));
    String story = stories(first).get(wireUrl);
    assertThat(stories(second).get(briefUrl)).isEqualTo(story);
  }
}
