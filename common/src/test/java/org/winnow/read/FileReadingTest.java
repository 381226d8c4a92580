package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.winnow.read.Warcs.ascii;
import static org.winnow.read.Warcs.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.winnow.model.Reject;
import org.winnow.model.SourceRecord;

class FileReadingTest {
  @Test
  void readsAnHtmlFileAsOneHtmlRecordNamedByItsUri() throws IOException {
    String uri = "file:/data/page.html";

    Drain d = Drain.of(ascii(Warcs.PAGE), uri);

    assertThat(d.items).hasSize(1);
    SourceRecord r = d.records().get(0);
    assertThat(r.payload()).isEqualTo(SourceRecord.Payload.HTML);
    assertThat(r.source()).isEqualTo(uri);
    assertThat(r.url()).isEqualTo(uri);
  }

  @Test
  void readsATextFileAsOneTextRecordWithUnixLines() throws IOException {
    Drain d =
        Drain.of(utf8("\uFEFFHeadline\r\nPara one.\r\n\r\nPara two.\r\n"), "file:/data/a.txt");

    assertThat(d.records().get(0).text()).isEqualTo("Headline\nPara one.\n\nPara two.");
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    Drain d = Drain.of(new byte[0], "file:/data/empty.warc");

    assertThat(d.items)
        .containsExactly(
            new Reject("file:/data/empty.warc", "empty_file", "the file has no bytes"));
  }

  @Test
  void rejectsAGzipFileWithNothingInside() throws IOException {
    Drain d = Drain.of(Warcs.gzip(new byte[0]), "file:/data/empty.jsonl.gz");

    assertThat(d.rejectReasons).containsOnlyKeys("empty_file");
  }

  @Test
  void rejectsBinaryContentAsUnknownFormatShowingTheFirstBytes() throws IOException {
    Drain d =
        Drain.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 16}, "file:/data/x.bin");

    assertThat(d.rejects().get(0).reason()).isEqualTo("unknown_format");
    assertThat(d.rejects().get(0).detail()).isEqualTo("first bytes: \\xff\\xd8\\xff\\x00\\x10");
  }

  @Test
  void readsTheRealSeedArticleAsOneTextRecordWhoseLinesAreItsParagraphs() throws IOException {
    Path seed =
        Path.of("..", "..", "shared", "seeds", "000_73141ed0dc438f87.txt")
            .toAbsolutePath()
            .normalize();
    Assumptions.assumeTrue(
        Files.isRegularFile(seed), "../shared/seeds is absent: seed test skipped");

    Drain d = Drain.of(seed);

    assertThat(d.items).hasSize(1);
    SourceRecord r = d.records().get(0);
    assertThat(r.source()).isEqualTo(seed.toUri().toString());
    List<String> expected = Files.readAllLines(seed).stream().map(String::strip).toList();
    List<String> lines = r.text().lines().map(String::strip).toList();
    assertThat(lines).isEqualTo(expected.subList(0, lines.size()));
    assertThat(lines.get(0)).startsWith("BEIJING — Russian President Vladimir Putin");
    assertThat(lines).contains("Putin meets Kim, praises North Korean troops in Russia");
  }
}
