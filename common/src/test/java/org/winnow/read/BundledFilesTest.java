package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.winnow.model.Reject;
import org.winnow.model.SourceRecord;

class BundledFilesTest {
  private static final String LONG_FOLDER =
      "news.example.org/a-very-long-folder-name-that-pushes-the-path-well-past-the-hundred-bytes"
          + "-of-a-tar-name-field";

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = BundledFilesTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static List<String> sources(Drain d) {
    return d.records().stream().map(SourceRecord::source).toList();
  }

  @Test
  void readsEveryFileOfAGzippedPaxTarAsItsOwnInput() throws IOException {
    Drain d = Drain.of(resource("pages-pax.tar.gz"), "file:/in/pages-pax.tar.gz");

    assertThat(sources(d))
        .containsExactly(
            "file:/in/pages-pax.tar.gz!/example.com/2026/11/harbour.html",
            "file:/in/pages-pax.tar.gz!/" + LONG_FOLDER + "/articles.jsonl#line:1",
            "file:/in/pages-pax.tar.gz!/" + LONG_FOLDER + "/articles.jsonl#line:2");
    assertThat(d.records().get(0).payload()).isEqualTo(SourceRecord.Payload.HTML);
    assertThat(d.records().get(2).url()).isEqualTo("https://news.example.org/library");
  }

  @Test
  void readsGnuLongNamesOfAPlainTar() throws IOException {
    Drain d = Drain.of(resource("pages-gnu.tar"), "file:/in/pages-gnu.tar");

    assertThat(sources(d))
        .contains("file:/in/pages-gnu.tar!/" + LONG_FOLDER + "/articles.jsonl#line:1");
    assertThat(d.records()).hasSize(3);
  }

  @Test
  void readsAZipAndCountsItsHiddenFilesAsSkipped() throws IOException {
    Drain d = Drain.of(resource("pages.zip"), "file:/in/pages.zip");

    assertThat(d.records()).hasSize(3);
    assertThat(d.records().get(0).source())
        .isEqualTo("file:/in/pages.zip!/example.com/2026/11/harbour.html");
    assertThat(d.skipReasons).containsEntry("hidden_file", 1);
    assertThat(d.rejects).isZero();
  }

  @Test
  void detectsTarAndZipFromTheirBytesWhateverTheirNames() throws IOException {
    assertThat(InputFormats.detect("x.bin", resource("pages-pax.tar.gz")))
        .isEqualTo(InputFormat.TAR);
    assertThat(InputFormats.detect("x.bin", resource("pages.zip"))).isEqualTo(InputFormat.ZIP);
  }

  @Test
  void readsAZipInsideATarButRejectsAnArchiveThreeDeep() throws IOException {
    byte[] page = "<html><body><p>One page.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] inner = zip("a.html", page);
    byte[] middle = Tars.of("pages.zip", inner);
    byte[] outer = zip("middle.tar", middle);

    Drain two = Drain.of(middle, "file:/in/b.tar");
    Drain three = Drain.of(outer, "file:/in/c.zip");

    assertThat(sources(two)).containsExactly("file:/in/b.tar!/pages.zip!/a.html");
    assertThat(three.records()).isEmpty();
    assertThat(three.rejectReasons).containsEntry("nested_archive", 1);
  }

  @Test
  void keepsTheFilesBeforeATruncationAndRejectsTheRest() throws IOException {
    byte[] tar =
        Tars.of(
            "a.txt", "First article line.".getBytes(StandardCharsets.UTF_8),
            "b.txt", "Second article line.".repeat(100).getBytes(StandardCharsets.UTF_8));
    byte[] cut = Arrays.copyOf(tar, 512 + 512 + 512 + 300);

    Drain d = Drain.of(cut, "file:/in/cut.tar");

    assertThat(sources(d)).containsExactly("file:/in/cut.tar!/a.txt");
    assertThat(d.rejectReasons).containsKey("truncated_file");
  }

  @Test
  void rejectsAHeaderWithABadChecksumAsACorruptArchive() throws IOException {
    byte[] tar =
        Tars.of(
            "a.txt", "First article line.".getBytes(StandardCharsets.UTF_8),
            "b.txt", "Second article line.".getBytes(StandardCharsets.UTF_8));
    tar[1024 + 10] ^= 1; // a byte of the second header's name

    Drain d = Drain.of(tar, "file:/in/bad.tar");

    assertThat(d.records()).hasSize(1);
    Reject r = (Reject) d.items.get(d.items.size() - 1);
    assertThat(r.reason()).isEqualTo("corrupt_archive");
    assertThat(r.detail()).contains("after 1 files").contains("checksum");
  }

  @Test
  void rejectsAnArchiveWithNoFilesAsEmpty() throws IOException {
    Drain d = Drain.of(zip("only-a-folder/", new byte[0]), "file:/in/e.zip");

    assertThat(d.rejectReasons).containsEntry("empty_file", 1);
  }

  @Test
  void readsSizesWrittenInBase256() {
    byte[] header = new byte[512];
    header[124] = (byte) 0x80;
    header[134] = 0x01;
    header[135] = 0x02;

    assertThat(TarEntries.size(header)).isEqualTo(0x0102);
  }

  @Test
  void namesFilesInTheJarUrlMannerWithoutLeadingDotSlash() {
    assertThat(BundledFilesStream.entryUri("file:/a.tar", "./x/b.html"))
        .isEqualTo("file:/a.tar!/x/b.html");
    assertThat(BundledFilesStream.hidden("x/.git/config")).isTrue();
    assertThat(BundledFilesStream.hidden("./x/b.html")).isFalse();
  }

  @Test
  void readsAGzippedTarOfATextFileAsATextRecord() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(Tars.of("story.txt", "Headline\nBody line.".getBytes(StandardCharsets.UTF_8)));
    }

    Drain d = Drain.of(gz.toByteArray(), "file:/in/s.tgz");

    assertThat(d.records().get(0).text()).isEqualTo("Headline\nBody line.");
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
