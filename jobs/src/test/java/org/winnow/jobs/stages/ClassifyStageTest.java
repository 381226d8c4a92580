package org.winnow.jobs.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.winnow.classify.BlockStats;
import org.winnow.classify.CorpusStatsBuilder;
import org.winnow.classify.Label;
import org.winnow.classify.ParagraphClassifier;
import org.winnow.classify.Verdict;
import org.winnow.jobs.TestSpark;
import org.winnow.jobs.serde.WinnowKryoRegistrator;
import org.winnow.model.Page;
import org.winnow.model.Reject;
import org.winnow.model.SourceRecord;
import org.winnow.segment.PageParser;
import org.winnow.settings.Settings;
import org.winnow.text.TextKey;
import scala.Tuple2;
import scala.reflect.ClassTag$;

class ClassifyStageTest {
  private static final String WIRE =
      "The national rail operator said on Monday that it would restore the night trains to the"
          + " coast before the summer, after a long dispute with the unions over the rosters.";
  private static final String NOTE_1 =
      "Readers who believe a story is inaccurate or unfair can write to the readers' editor, who"
          + " answers every complaint within a month and publishes a summary each year.";
  private static final String NOTE_2 =
      "When a mistake is found it is corrected openly at the bottom of the story, with the date"
          + " and a short explanation of what was changed and why it was changed.";
  private static final List<String> WORDS =
      List.of("alder", "birch", "cedar", "dogwood", "elm", "fir", "ginkgo", "hazel");

  /**
   * Three sister sites: a wire story run once by each, stories of their own, the network's notes
   * under some of them, a sub-heading on a few.
   */
  private static List<Page> corpus() {
    PageParser parser = new PageParser(Settings.defaults());
    List<Page> pages = new ArrayList<>();
    for (String host : List.of("a.com", "b.com", "c.com")) {
      for (int i = 0; i < WORDS.size(); i++) {
        String own =
            "The "
                + host
                + " "
                + WORDS.get(i)
                + " council approved the plans for the harbour after a long meeting with the"
                + " residents who had asked for a delay.";
        StringBuilder text = new StringBuilder(i == 0 ? WIRE : own);
        if (i % 3 == 1) text.append("\nBackground");
        text.append("\nMembers of the ").append(WORDS.get(i)).append(" group were not consulted.");
        if (i < 2) text.append('\n').append(NOTE_1).append('\n').append(NOTE_2);
        text.append("\n© 2024 ").append(host);
        String url = "https://" + host + "/" + i;
        pages.add(parser.parse(SourceRecord.text("file:/" + host + "/" + i, url, text.toString())));
      }
    }
    return pages;
  }

  @Test
  void classifiesAsTheInMemoryCorpusStatsDo() {
    assertClassifiesAsInMemory(3); // a host to a partition
  }

  @Test
  void classifiesAsTheInMemoryCorpusStatsDoWhenAHostSpansPartitions() {
    assertClassifiesAsInMemory(7); // the counts of a host's text come back to three partitions
  }

  private static void assertClassifiesAsInMemory(int partitions) {
    List<Page> pages = corpus();
    Settings settings = Settings.defaults();
    CorpusStatsBuilder builder = new CorpusStatsBuilder();
    pages.forEach(builder::add);
    ParagraphClassifier classifier = new ParagraphClassifier(settings);

    Map<String, List<Verdict>> spark =
        new ClassifyStage(settings)
            .run(TestSpark.context().parallelize(pages, partitions)).collect().stream()
                .collect(Collectors.toMap(c -> c.page().docId(), ClassifiedPage::verdicts));

    Map<String, Page> byId =
        pages.stream().collect(Collectors.toMap(Page::docId, Function.identity()));
    assertThat(spark.keySet()).isEqualTo(byId.keySet());
    for (Page p : pages) {
      assertThat(spark.get(p.docId()))
          .as(p.url())
          .isEqualTo(classifier.classify(p, builder.statsFor(p)));
    }
  }

  @Test
  void classifiedPagesKeepWhatTheOutputsNeedAndDropTheLayout() {
    Page p = corpus().get(0);

    Page slim = ClassifyStage.withoutLayout(p);

    assertThat(slim.blocks()).hasSameSizeAs(p.blocks());
    for (int i = 0; i < p.blocks().size(); i++) {
      var a = p.blocks().get(i);
      var b = slim.blocks().get(i);
      assertThat(List.of(b.text(), b.tag())).isEqualTo(List.of(a.text(), a.tag()));
      assertThat(b.key()).isEqualTo(a.key());
      assertThat(b.position()).isEqualTo(i);
      assertThat(b.tagPath() + b.classIdTokens()).isEmpty();
    }
    assertThat(List.of(slim.docId(), slim.source(), slim.url(), slim.language()))
        .isEqualTo(List.of(p.docId(), p.source(), p.url(), p.language()));
    assertThat(slim.structuredBody()).isNull();
  }

  @Test
  void aPartitionTallyListsTheDocumentsOfItsPartitionAsTheReadPassSawThem() {
    List<Page> pages = corpus().subList(0, 2);
    ReadTally read =
        ReadTally.of(
            List.of(
                    Extracted.page(pages.get(0), "warc"),
                    Extracted.skip("not_html", "warc"),
                    Extracted.page(pages.get(1), "warc"))
                .iterator());

    PartitionTally t = PartitionTally.of(4, read);

    assertThat(t.partition()).isEqualTo(4);
    assertThat(t.docIds()).containsExactly(pages.get(0).docId(), pages.get(1).docId());
    assertThat(t.itemCounts()).isEqualTo(Map.of("page\twarc", 2L, "skip\tnot_html", 1L));
  }

  @Test
  void aTallyComesBackThroughKryoWithItsHostsPartitionsTitlesAndStories() {
    SparkConf conf = new SparkConf(false);
    WinnowKryoRegistrator.SPARK_SETTINGS.forEach(conf::set);
    SerializerInstance kryo = new KryoSerializer(conf).newInstance();
    ClassifyStage.Tally t = new ClassifyStage.Tally();
    t.add(new ClassifyStage.Sighting("a.com", 3, 7)).add(new ClassifyStage.Sighting("a.com", 0, 7));
    t.add(new ClassifyStage.Sighting("b.com", 1, 9)).add(new ClassifyStage.Sighting(null, 1, 0));

    ClassifyStage.Tally back =
        (ClassifyStage.Tally)
            kryo.deserialize(
                kryo.serialize(t, ClassTag$.MODULE$.apply(Object.class)),
                ClassTag$.MODULE$.apply(Object.class));

    assertThat(back.titlePages).isEqualTo(1);
    assertThat(back.hosts.keySet()).containsExactlyInAnyOrder("a.com", "b.com");
    assertThat(back.hosts.get("a.com").pages).isEqualTo(2);
    assertThat(back.hosts.get("a.com").partitions).containsExactly(0, 3);
    assertThat(back.hosts.get("b.com").partitions).containsExactly(1);
    assertThat(back.stories.largestStory()).isEqualTo(2);
  }

  @Test
  void labelCountsCountParagraphsByLabelAndKind() {
    LabelCounts counts = new LabelCounts();
    counts.add(new Verdict(Label.CONTENT, 0.9, "body", "prose"));
    counts.add(new Verdict(Label.NOISE, 0.1, "navigation", "menu"));
    counts.add(new Verdict(Label.CONTENT, 0.8, "body", "more prose"));
    counts.add(new Verdict(Label.NOISE, 0.2, "body", "short"));

    assertThat(counts.counts())
        .isEqualTo(Map.of("content:body", 2L, "noise:navigation", 1L, "noise:body", 1L));
  }

  @Test
  void classifiesFromTheKeysTakenWhileReadingAsFromThePagesThemselves() {
    List<Extracted> items = new ArrayList<>();
    for (Page p : corpus()) {
      items.add(Extracted.page(p, "warc"));
      items.add(Extracted.skip("not_html", "warc")); // items that are not pages keep no keys
    }
    var extracted = TestSpark.context().parallelize(items, 5);
    var keys =
        extracted
            .mapPartitions(it -> List.of(ReadTally.of(it)).iterator(), true)
            .flatMap(r -> r.pageKeys().iterator());
    var pages = extracted.filter(Extracted::isPage).map(Extracted::page);

    List<ClassifiedPage> fromKeys =
        new ClassifyStage(Settings.defaults()).run(pages, keys).collect();

    List<ClassifiedPage> fromPages = new ClassifyStage(Settings.defaults()).run(pages).collect();
    assertThat(fromKeys).hasSameSizeAs(fromPages);
    for (int i = 0; i < fromKeys.size(); i++) {
      assertThat(fromKeys.get(i).verdicts()).isEqualTo(fromPages.get(i).verdicts());
    }
  }

  @Test
  void aReadTallyCountsItemsByKindAndKeepsTheKeysOfItsPagesInOrder() {
    List<Page> pages = corpus().subList(0, 2);
    List<Extracted> items =
        List.of(
            Extracted.page(pages.get(0), "warc"),
            Extracted.skip("not_html", "warc"),
            Extracted.reject(new Reject("file:/x", "truncated", "cut short"), "warc"),
            Extracted.page(pages.get(1), "jsonl"));

    ReadTally t = ReadTally.of(items.iterator());

    assertThat(t.itemCounts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "page\twarc",
                1L,
                "page\tjsonl",
                1L,
                "skip\tnot_html",
                1L,
                "reject\ttruncated",
                1L));
    assertThat(t.pageKeys()).hasSize(2);
    assertThat(t.docIds()).containsExactly(pages.get(0).docId(), pages.get(1).docId());
    assertThat(t.pageKeys().get(1).keys())
        .isEqualTo(ClassifyStage.PageKeys.of(pages.get(1)).keys());
  }

  @Test
  void pageKeysHoldTheOutletTheTitleKeyAndEachBlockKeyOnceInOrder() {
    Page p =
        new PageParser(Settings.defaults())
            .parse(
                SourceRecord.text(
                    "file:/k", "https://news.a.com/1", "Rail strike\nHome\nRail strike\nHome"));

    ClassifyStage.PageKeys k = ClassifyStage.PageKeys.of(p);

    assertThat(k.host()).isEqualTo(ClassifyStage.hostOf(p));
    assertThat(k.titleKey()).isEqualTo(p.title() == null ? 0L : TextKey.of(p.title()));
    long rail = TextKey.of("Rail strike");
    long home = TextKey.of("Home");
    assertThat(k.keys()).containsExactly(Math.min(rail, home), Math.max(rail, home));
  }

  @Test
  void talliesOfOneKeyFromTwoPartitionsMergeIntoOneThatCountsBothAndSendsToBoth() {
    ClassifyStage.CountKey wire = new ClassifyStage.CountKey(null, 42L);
    ClassifyStage.CountKey other = new ClassifyStage.CountKey(null, 7L);
    var fromPartition0 = new ClassifyStage.Tally().add(new ClassifyStage.Sighting("a.com", 0, 9L));
    var fromPartition3 = new ClassifyStage.Tally().add(new ClassifyStage.Sighting("a.com", 3, 9L));
    var alone = new ClassifyStage.Tally().add(new ClassifyStage.Sighting("b.com", 1, 5L));

    List<Tuple2<ClassifyStage.CountKey, ClassifyStage.Tally>> merged = new ArrayList<>();
    ClassifyStage.merged(
            List.of(
                    new Tuple2<>(wire, fromPartition0),
                    new Tuple2<>(other, alone),
                    new Tuple2<>(wire, fromPartition3))
                .iterator())
        .forEachRemaining(merged::add);

    assertThat(merged).hasSize(2);
    var wireTally = merged.stream().filter(t -> t._1().equals(wire)).findFirst().orElseThrow();
    var facts = wireTally._2().facts(wire);
    assertThat(facts).extracting(Tuple2::_1).containsExactlyInAnyOrder(0, 3);
    assertThat(facts.get(0)._2().stats()).isEqualTo(new BlockStats(2, 1, 0, 2));
  }

  @Test
  void aTextOnPagesOfDifferentStoriesCountsOnePageForItsLargestStory() {
    ClassifyStage.CountKey pitch = new ClassifyStage.CountKey(null, 42L);
    var tally = new ClassifyStage.Tally();
    for (int page = 0; page < 3; page++) {
      tally.add(new ClassifyStage.Sighting("\u0000file:/scrapes/" + page + ".txt", 0, 100L + page));
    }

    assertThat(tally.facts(pitch).get(0)._2().stats().storyPages()).isEqualTo(1);
  }
}
