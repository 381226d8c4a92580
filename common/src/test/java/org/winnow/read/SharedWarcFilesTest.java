package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.winnow.model.SourceRecord;

/** Reads every real archive in ../shared/warc: nothing may escape, every stream must end. */
class SharedWarcFilesTest {
  static final Path WARC_DIR = Path.of("..", "..", "shared", "warc");

  static Path shared(String name) {
    Path dir = WARC_DIR.toAbsolutePath().normalize();
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "../shared/warc is absent: the real-archive tests are skipped");
    return dir.resolve(name);
  }

  static List<Path> allFiles() throws IOException {
    Path dir = shared("");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().endsWith(".tsv"))
          .sorted()
          .toList();
    }
  }

  @Test
  void readsEverySharedFileToItsEndWithoutThrowing() throws IOException {
    List<Path> files = allFiles();
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "%-58s %7s %7s %7s  %s%n", "file", "records", "rejects", "skips", "reject reasons"));
    for (Path f : files) {
      Drain d = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Drain.of(f));
      table.append(
          String.format(
              "%-58s %7d %7d %7d  %s%n",
              f.getFileName(), d.records, d.rejects, d.skips, d.rejectReasons));
      for (var r : d.rejects()) table.append("      ").append(r).append('\n');
    }
    System.out.print(table);
    assertThat(files).hasSizeGreaterThanOrEqualTo(69);
  }

  @Test
  void findsTheOneHtmlResponseOfWarcioExampleAtItsCdxOffset() throws IOException {
    Path f = shared("warcio__example.warc.gz");

    Drain d = Drain.of(f);

    assertThat(d.records()).extracting(r -> r.source()).containsExactly(f.toUri() + "#784");
    assertThat(d.skipReasons)
        .isEqualTo(Map.of("warc_type:warcinfo", 2, "warc_type:request", 2, "warc_type:revisit", 1));
  }

  @Test
  void namesTheUncompressedWarcioExampleRecordByItsByteOffset() throws IOException {
    Path f = shared("warcio__example.warc");

    assertThat(Drain.of(f).records())
        .extracting(r -> r.source())
        .containsExactly(f.toUri() + "#1197");
  }

  @Test
  void rejectsTheClippedGzipRecordAsTruncated() throws IOException {
    Drain d = Drain.of(shared("resiliparse__clipped.warc.gz"));

    assertThat(d.items).hasSize(1);
    assertThat(d.rejectReasons).isEqualTo(Map.of("truncated_record", 1));
  }

  @Test
  void readsWholeFileGzipWarc018WithLfOnlyLines() throws IOException {
    Path f = shared("copycat__clueweb09-en0000-00.warc.gz");

    Drain d = Drain.of(f);

    assertThat(d.records()).hasSize(23);
    assertThat(d.rejects).isZero();
    assertThat(d.records().get(0).source()).isEqualTo(f.toUri() + "#rec:2");
  }

  @Test
  void readsTheSameHtmlPagesFromTheWarc017AndTheArcOfOneCrawl() throws IOException {
    Drain warc = Drain.of(shared("rlehane__IAH-20080430204825-00000-blackbook.warc.gz"));
    Drain arc = Drain.of(shared("rlehane__IAH-20080430204825-00000-blackbook.arc.gz"));

    assertThat(warc.records()).hasSize(96);
    assertThat(arc.records())
        .extracting(r -> r.url())
        .containsExactlyElementsOf(warc.records().stream().map(r -> r.url()).toList());
  }

  @Test
  void readsTheWetConversionAsMultiLineText() throws IOException {
    Drain d = Drain.of(shared("cc__whirlwind.warc.wet.gz"));

    assertThat(d.records()).hasSize(1);
    assertThat(d.records().get(0).url()).isEqualTo("https://an.wikipedia.org/wiki/Escopete");
    assertThat(d.records().get(0).text()).contains("\n");
  }

  @Test
  void rejectsTheRawBrotliPayloadAsUnsupported() throws IOException {
    Drain d = Drain.of(shared("ukwa__transfer_compression_brotli.warc.gz"));

    assertThat(d.rejectReasons).isEqualTo(Map.of("unsupported_encoding", 1));
  }

  @Test
  void decodesTheRawGzipPayloadToHtml() throws IOException {
    Drain d = Drain.of(shared("ukwa__transfer_compression_gzip.warc.gz"));

    byte[] html = d.records().get(0).html();
    assertThat(Sniff.looksLikeHtml(html, html.length)).isTrue();
  }

  @Test
  void keepsLyingHeaderPayloadsOfTheCommonCrawlArcAsPlainHtml() throws IOException {
    Drain d = Drain.of(shared("copycat__cc-arc-small-sample-1213893279526_0.arc"));

    assertThat(d.records()).hasSize(125);
    assertThat(d.records()).allSatisfy(r -> assertThat(PayloadDecoder.isGzip(r.html())).isFalse());
  }

  @Test
  void readsThe1996ArcV1PageWhoseHeaderLinesEndInCrlf() throws IOException {
    Drain d = Drain.of(shared("rlehane__hello-world.arc"));

    assertThat(d.rejects()).isEmpty();
    assertThat(d.records()).hasSize(1);
    assertThat(new String(d.records().get(0).html(), StandardCharsets.ISO_8859_1))
        .contains("Hello World");
  }

  @Test
  void readsTheArcV2PageWhoseHeadersRunStraightIntoTheHtml() throws IOException {
    Drain d = Drain.of(shared("rlehane__hello-world2.arc"));

    SourceRecord r = d.records().get(0);
    assertThat(new String(r.html(), StandardCharsets.ISO_8859_1)).startsWith("<HTML>");
  }
}
