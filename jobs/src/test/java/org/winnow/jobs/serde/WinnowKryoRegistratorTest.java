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
import org.winnow.dedup.DocMembership;
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
      assertThat(new long[] {b.position(), b.depth(), b.linkChars(), b.linkCount(), b.flags()})
          .isEqualTo(new long[] {a.position(), a.depth(), a.linkChars(), a.linkCount(), a.flags()});
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
    assertThat((Set<Integer>) roundTrip(set)).isEqualTo(set);
    assertThat((Map<String, Integer>) roundTrip(map)).isEqualTo(map);
    assertThat((List<String>) roundTrip(withNull)).containsExactly("a", null);
    assertThatThrownBy(() -> listBack.add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aClassWithFinalFieldsAndAnArrayComesBackEqual() {
    DocMembership m = new DocMembership("b", "a", "a", 0.8, 0.9, new int[] {1, 4});

    assertThat((DocMembership) roundTrip(m)).isEqualTo(m);
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
}
