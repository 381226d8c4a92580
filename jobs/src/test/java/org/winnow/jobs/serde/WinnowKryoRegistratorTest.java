package org.winnow.jobs.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.winnow.classify.Label;
import org.winnow.classify.Verdict;
import org.winnow.dedup.CopyEvidence;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.Headline;
import org.winnow.dedup.ShingledText;
import org.winnow.jobs.input.HadoopConf;
import org.winnow.jobs.stages.ClassifiedPage;
import org.winnow.model.Block;
import org.winnow.model.Page;
import scala.reflect.ClassTag$;

class WinnowKryoRegistratorTest {
  private final SerializerInstance kryo = serializer();

  private static SerializerInstance serializer() {
    SparkConf conf = new SparkConf(false);
    WinnowKryoRegistrator.SPARK_SETTINGS.forEach(conf::set);
    return new KryoSerializer(conf).newInstance();
  }

  @SuppressWarnings("unchecked")
  private <T> T roundTrip(T value) {
    ByteBuffer bytes = kryo.serialize(value, ClassTag$.MODULE$.apply(Object.class));
    return (T) kryo.deserialize(bytes, ClassTag$.MODULE$.apply(Object.class));
  }

  private static Page page() {
    return page(1);
  }

  /** A page whose strings are its own objects, as parsed pages' are. */
  private static Page page(int n) {
    List<Block> blocks =
        List.of(
            new Block(
                0, "Harbour strike " + n, "h1", "body>h1", "headline", 1, 0, 0, Block.HEADING),
            new Block(1, "Dockers went back to work " + n, "p", "body>p", "", 1, 6, 1, 0));
    return new Page(
        "doc-" + n,
        "file:/a.warc.gz#0",
        "https://example.com/a",
        "example.com",
        "Harbour strike ends",
        Instant.parse("2025-01-10T09:19:31Z"),
        null,
        "en",
        null,
        blocks,
        List.of("charset from meta"));
  }

  @Test
  void aClassifiedPageComesBackWithEveryFieldOfItsPageBlocksAndVerdicts() {
    Page p = page();
    ClassifiedPage c =
        new ClassifiedPage(
            p,
            List.of(
                new Verdict(Label.NOISE, 0.1, "title", "the headline"),
                new Verdict(Label.CONTENT, 0.93, "paragraph", "long sentence text")));

    ClassifiedPage back = roundTrip(c);

    assertThat(back.verdicts()).isEqualTo(c.verdicts());
    Page q = back.page();
    assertThat(List.of(q.docId(), q.source(), q.url(), q.host(), q.title(), q.language()))
        .isEqualTo(List.of(p.docId(), p.source(), p.url(), p.host(), p.title(), p.language()));
    assertThat(q.publishedAt()).isEqualTo(p.publishedAt());
    assertThat(q.author()).isNull();
    assertThat(q.notes()).isEqualTo(p.notes());
    for (int i = 0; i < p.blocks().size(); i++) {
      Block a = p.blocks().get(i);
      Block b = q.blocks().get(i);
      assertThat(List.of(b.text(), b.tag(), b.tagPath(), b.classIdTokens()))
          .isEqualTo(List.of(a.text(), a.tag(), a.tagPath(), a.classIdTokens()));
      assertThat(
              new long[] {
                b.position(), b.depth(), b.linkChars(), b.linkCount(), b.leadLinkChars(), b.flags()
              })
          .isEqualTo(
              new long[] {
                a.position(), a.depth(), a.linkChars(), a.linkCount(), a.leadLinkChars(), a.flags()
              });
      assertThat(b.key()).isEqualTo(a.key()).isNotZero();
    }
  }

  @Test
  void unmodifiableCollectionsComeBackEqualAndStillUnmodifiable() {
    List<String> list = List.of("a", "b", "c");
    Set<Integer> set = Set.of(1, 2);
    Map<String, Integer> map = Map.of("x", 1, "y", 2);
    List<String> withNull = Arrays.asList("a", null).stream().toList();

    List<String> listBack = roundTrip(list);

    assertThat(listBack).containsExactly("a", "b", "c");
    assertThat(roundTrip(set)).isEqualTo(set);
    assertThat(roundTrip(map)).isEqualTo(map);
    assertThat(roundTrip(withNull)).containsExactly("a", null);
    assertThatThrownBy(() -> listBack.add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aStorySampleComesBackCountingTheSameStories() {
    org.winnow.classify.StorySample s = new org.winnow.classify.StorySample();
    s.add(7, 1).add(7, 2).add(9, 1);

    org.winnow.classify.StorySample back = roundTrip(s);

    assertThat(back.largestStory()).isEqualTo(3);
    assertThat(back.add(9, 3).largestStory()).isEqualTo(4);
  }

  @Test
  void aClassWithFinalFieldsAndAnArrayComesBackEqual() {
    DocMembership m = new DocMembership("b", "a", "a", 0.8, 0.9, new int[] {1, 4});

    assertThat(roundTrip(m)).isEqualTo(m);
  }

  @Test
  void copyEvidenceWithEqualSetsComesBackWithEveryFieldAndIsSmallerThanWithDistinctOnes() {
    long[] set = new long[200];
    Arrays.setAll(set, i -> 7_919L * i + 1);
    long[] lead = Arrays.copyOf(set, 24);
    long[] smaller = Arrays.copyOf(set, 150);
    CopyEvidence same =
        new CopyEvidence(
            "a.example.com", Instant.parse("2025-01-10T09:19:31Z"), set, set.clone(), lead, lead);
    CopyEvidence distinct = new CopyEvidence("a.example.com", null, smaller, set, lead, null);

    CopyEvidence back = roundTrip(same);
    CopyEvidence distinctBack = roundTrip(distinct);

    assertThat(back.host()).isEqualTo("a.example.com");
    assertThat(back.publishedAt()).isEqualTo(same.publishedAt());
    assertThat(back.strict()).isEqualTo(set);
    assertThat(back.open()).isEqualTo(set);
    assertThat(back.strictLead()).isEqualTo(lead);
    assertThat(back.openLead()).isEqualTo(lead);
    assertThat(distinctBack.publishedAt()).isNull();
    assertThat(distinctBack.strict()).isEqualTo(smaller);
    assertThat(distinctBack.open()).isEqualTo(set);
    assertThat(distinctBack.openLead()).isNull();
    assertThat(size(same)).isLessThan(size(distinct));
  }

  @Test
  void copyEvidenceWritesItsStrictSetAndLeadsAsPositionsInTheOpenSet() {
    long[] open = new long[400];
    Arrays.setAll(open, i -> 1_000_003L * i - 200_000_000L);
    long[] strict = new long[300];
    Arrays.setAll(strict, i -> open[i + i / 3]);
    long[] lead = Arrays.copyOf(strict, 24);
    long[] outside = {5L, 6L}; // no subset of the open set: written as hashes
    int[] order = {3, 1, 2, 399, 0};
    long[] figures = {1L << 32 | 77, 4L << 32 | 0xfffffff0L};
    CopyEvidence e =
        new CopyEvidence(
            "a.example.com",
            Instant.ofEpochSecond(-5, 7),
            strict,
            open,
            lead,
            outside,
            order,
            figures);

    CopyEvidence back = roundTrip(e);

    assertThat(back.strict()).isEqualTo(strict);
    assertThat(back.open()).isEqualTo(open);
    assertThat(back.strictLead()).isEqualTo(lead);
    assertThat(back.openLead()).isEqualTo(outside);
    assertThat(back.openOrder()).isEqualTo(order);
    assertThat(back.openFigures()).isEqualTo(figures);
    assertThat(back.publishedAt()).isEqualTo(Instant.ofEpochSecond(-5, 7));
    // the open set's hashes and little more: the strict set costs a byte a shingle, not eight
    assertThat(size(e)).isLessThan(8 * open.length + 2 * strict.length + 100);
  }

  @Test
  void copyEvidenceComesBackWithItsHeadlineItsPhrasesAndItsDateline() {
    long[] open = {10, 20, 30, 40, 50};
    long[] phrases = {20, 40};
    CopyEvidence e =
        new CopyEvidence(
                "a.com", null, open.clone(), open, new long[] {10}, new long[] {10}, null, null)
            .withHeadline(new Headline.Keys(-77L, 91L), phrases, 1234567L);

    CopyEvidence back = roundTrip(e);

    assertThat(back.headline()).isEqualTo(new Headline.Keys(-77L, 91L));
    assertThat(back.headlinePhrases()).containsExactly(20, 40);
    assertThat(back.dateline()).isEqualTo(1234567L);
    assertThat(roundTrip(new CopyEvidence("a.com", null, open, open, null, null)).headline())
        .isEqualTo(Headline.Keys.NONE);
  }

  @Test
  void copyEvidenceGivesBackOneArrayForASetEqualToTheOpenSet() {
    long[] set = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    CopyEvidence back =
        roundTrip(
            new CopyEvidence("a.com", null, set.clone(), set, new long[] {2}, new long[] {2}));

    assertThat(back.strict()).isSameAs(back.open());
    assertThat(back.openLead()).isSameAs(back.strictLead());
  }

  private int size(Object value) {
    return kryo.serialize(value, ClassTag$.MODULE$.apply(Object.class)).remaining();
  }

  @Test
  void aHadoopConfigurationKeepsItsSettings() {
    Configuration conf = new Configuration(false);
    conf.set("fs.s3a.endpoint", "http://127.0.0.1:9000");

    HadoopConf back = roundTrip(new HadoopConf(conf));

    assertThat(back.value().get("fs.s3a.endpoint")).isEqualTo("http://127.0.0.1:9000");
  }

  @Test
  void aClassifiedPageTakesLessThanHalfItsJavaSerialisedSize() {
    ClassifiedPage c =
        new ClassifiedPage(
            page(7),
            List.of(
                new Verdict(Label.NOISE, 0.1, "title", "the headline"),
                new Verdict(Label.CONTENT, 0.9, "paragraph", "text")));
    SerializerInstance java =
        new org.apache.spark.serializer.JavaSerializer(new SparkConf(false)).newInstance();

    int kryoBytes = kryo.serialize(c, ClassTag$.MODULE$.apply(Object.class)).remaining();
    int javaBytes = java.serialize(c, ClassTag$.MODULE$.apply(Object.class)).remaining();

    assertThat(kryoBytes).isLessThan(javaBytes / 2);
  }

  /** A page of {@code n} menu links under the same ancestors, as navigation is. */
  private static Page menu(String docId, int n) {
    List<Block> blocks = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      blocks.add(
          new Block(
              i,
              "Link " + i,
              new String("a"),
              new String("body>div>header>nav>ul>li>a"),
              new String("site-header main-navigation menu menu-item"),
              6,
              6,
              1,
              Block.IN_NAV));
    }
    return new Page(
        docId, "file:/m.warc.gz#" + docId, null, null, null, null, null, "en", null, blocks);
  }

  @Test
  void layoutStringsThatBlocksShareAreWrittenOnceAPage() {
    int one = kryo.serialize(menu("m", 1), ClassTag$.MODULE$.apply(Object.class)).remaining();
    int fifty = kryo.serialize(menu("m", 50), ClassTag$.MODULE$.apply(Object.class)).remaining();

    // 49 more blocks cost their text, numbers and key (about 40 bytes), not the 71 characters
    // of their layout on top
    assertThat(fifty - one).isLessThan(49 * 50);
  }

  @Test
  void recordsOfOneStreamReadBackWithTheirOwnSharedStrings() {
    Page first = menu("first", 3);
    Page second = page(2);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    var out = kryo.serializeStream(bytes);
    out.writeObject(first, ClassTag$.MODULE$.apply(Object.class));
    out.writeObject(second, ClassTag$.MODULE$.apply(Object.class));
    out.close();

    var in = kryo.deserializeStream(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    Page firstBack = in.readObject(ClassTag$.MODULE$.apply(Object.class));
    Page secondBack = in.readObject(ClassTag$.MODULE$.apply(Object.class));

    assertThat(firstBack.blocks().get(2).tagPath()).isEqualTo("body>div>header>nav>ul>li>a");
    assertThat(secondBack.blocks().get(0).tagPath()).isEqualTo("body>h1");
    assertThat(secondBack.blocks().get(1).tagPath()).isEqualTo("body>p");
    assertThat(secondBack.blocks().get(0).classIdTokens()).isEqualTo("headline");
  }

  @Test
  void aPageOfAccentedTextNullFieldsAndHundredsOfDistinctLayoutStringsComesBackEqual() {
    List<Block> blocks = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text = i % 2 == 0 ? "Zürich “quoted” 東京 " + i : "plain " + i;
      blocks.add(new Block(i, text, "p", "body>div>p" + i, "c" + (i % 7), i, 0, 0, 0));
    }
    Page p =
        new Page(
            "d",
            "file:/x.warc.gz#9",
            null,
            null,
            "Genève à l’heure",
            null,
            null,
            "fr",
            null,
            blocks,
            List.of());

    Page back = roundTrip(p);

    assertThat(back.title()).isEqualTo("Genève à l’heure");
    assertThat(List.of(back.url() == null, back.host() == null, back.publishedAt() == null))
        .containsOnly(true);
    assertThat(back.blocks()).hasSize(300);
    for (int i = 0; i < 300; i++) {
      Block a = blocks.get(i);
      Block b = back.blocks().get(i);
      assertThat(List.of(b.text(), b.tag(), b.tagPath(), b.classIdTokens()))
          .isEqualTo(List.of(a.text(), a.tag(), a.tagPath(), a.classIdTokens()));
      assertThat(new long[] {b.position(), b.depth(), b.key()})
          .isEqualTo(new long[] {a.position(), a.depth(), a.key()});
    }
  }

  @Test
  void verdictsThatRepeatAReasonComeBackEqual() {
    Page p = page(3);
    List<Verdict> verdicts =
        List.of(
            new Verdict(Label.NOISE, 0.25, "navigation", "inside a navigation region"),
            new Verdict(Label.NOISE, 0.5, "navigation", "inside a navigation region"));

    ClassifiedPage back = roundTrip(new ClassifiedPage(p, verdicts));

    assertThat(back.verdicts()).isEqualTo(verdicts);
  }

  /** Shingles of three paragraphs (the second stripped away), two of them holding figures. */
  private static ShingledText shingledText() {
    long[] hashes = {-9_000_000_000_000L, 17, 42, Long.MAX_VALUE, Long.MIN_VALUE, 5};
    int[] paragraphs = {0, 0, 0, 2, 2, 3};
    int[] figures = {0, 0, -7, 0, 0, 123_456};
    return ShingledText.of(hashes, paragraphs, figures, 0x1234_5678_9abcL);
  }

  @Test
  void aShingledTextComesBackWithItsHashesParagraphsFiguresAndExactKey() {
    ShingledText t = shingledText();

    ShingledText back = roundTrip(t);

    assertThat(back.size()).isEqualTo(6);
    for (int i = 0; i < t.size(); i++) {
      assertThat(back.hash(i)).isEqualTo(t.hash(i));
      assertThat(back.paragraphOf(i)).isEqualTo(t.paragraphOf(i));
      assertThat(back.figures(i)).isEqualTo(t.figures(i));
    }
    assertThat(back.exactKey()).isEqualTo(0x1234_5678_9abcL);
  }

  @Test
  void aShingledTextTravelsInNineBytesAShingleAtMost() {
    long[] hashes = new long[1000];
    int[] paragraphs = new int[1000];
    int[] figures = new int[1000];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = i * 0x9E3779B97F4A7C15L;
      paragraphs[i] = i / 40;
      figures[i] = i % 10 == 0 ? i : 0;
    }

    int bytes =
        kryo.serialize(
                ShingledText.of(hashes, paragraphs, figures, 1L),
                ClassTag$.MODULE$.apply(Object.class))
            .remaining();

    // 8 000 bytes of hashes, 25 paragraph runs, 99 figures; the arrays as they are take 16 000
    assertThat(bytes).isLessThan(9 * 1000);
  }
}
