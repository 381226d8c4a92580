package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.winnow.read.Warcs.ascii;
import static org.winnow.read.Warcs.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;
import org.winnow.model.Skipped;
import org.winnow.model.SourceRecord;

class SplitTest {
  private static final String WARC_URI = "file:/in/a.warc.gz";
  private static final String JSON_URI = "file:/in/a.jsonl";

  /** A per-record gzip WARC of responses, requests and a resource, with its member offsets. */
  private static Warcs.Written archive(int pages) throws IOException {
    List<WarcRecord> records = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      records.add(Warcs.request("https://example.com/" + i));
      records.add(Warcs.htmlResponse("https://example.com/" + i));
    }
    records.add(Warcs.resource("https://example.com/r", org.netpreserve.jwarc.MediaType.HTML, "x"));
    return Warcs.written(WarcCompression.GZIP, records.toArray(new WarcRecord[0]));
  }

  private static byte[] jsonLines() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      b.append("{\"url\":\"https://example.com/").append(i).append("\",\"text\":\"para ").append(i);
      b.append("\"}").append(i % 3 == 0 ? "\r\n" : "\n");
      if (i == 4) b.append("\n   \n");
      if (i == 7) b.append("{\"url\": broken\n");
    }
    b.append("{\"url\":\"https://example.com/last\",\"text\":\"no line end\"}");
    return utf8(b.toString());
  }

  /** One line per item: what it is, its source, and what it holds. */
  private static String describe(ReadItem item) {
    if (item instanceof Reject r) return "reject " + r.source() + " " + r.reason();
    if (item instanceof Skipped s) return "skip " + s.source() + " " + s.reason();
    SourceRecord r = (SourceRecord) item;
    return "record "
        + r
        + " "
        + Arrays.hashCode(r.html())
        + " "
        + Objects.hashCode(r.text())
        + " "
        + r.fetchedAt();
  }

  private static List<String> whole(byte[] file, String uri) throws IOException {
    List<String> out = new ArrayList<>();
    try (RecordStream s = Drain.DEFAULT.open(uri, new ByteArrayInputStream(file))) {
      s.forEachRemaining(i -> out.add(describe(i)));
    }
    return out;
  }

  private static List<String> split(byte[] file, String uri, List<Split> splits)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (Split sp : splits) {
      ByteArrayInputStream in =
          new ByteArrayInputStream(file, (int) sp.readFrom(), file.length - (int) sp.readFrom());
      try (RecordStream s = Drain.DEFAULT.open(uri, in, sp)) {
        s.forEachRemaining(i -> out.add(describe(i)));
      }
    }
    return out;
  }

  /** Splits at the given offsets, JSON lines numbered as the planner numbers them. */
  private static List<Split> at(byte[] file, Split.Kind kind, long... cuts) throws IOException {
    List<Split> splits = new ArrayList<>();
    long from = 0;
    for (long c : cuts) {
      splits.add(new Split(kind, from, c, 0));
      from = c;
    }
    splits.add(new Split(kind, from, file.length, 0));
    return numbered(file, splits);
  }

  private static List<Split> numbered(byte[] file, List<Split> splits) throws IOException {
    List<Long> counts = new ArrayList<>();
    for (Split s : splits) {
      int from = (int) s.readFrom();
      counts.add(s.countLineEnds(new ByteArrayInputStream(file, from, file.length - from)));
    }
    return Split.numbered(splits, counts);
  }

  @Test
  void cutsAFileIntoEqualRangesThatCoverItExactly() {
    assertThat(Split.cut(Split.Kind.JSON_LINES, 10, 4))
        .extracting(s -> s.start() + "-" + s.end())
        .containsExactly("0-3", "3-6", "6-10");
  }

  @Test
  void cutsASmallFileIntoOneSplit() {
    assertThat(Split.cut(Split.Kind.WARC_GZIP_MEMBERS, 10, 100)).hasSize(1);
  }

  @Test
  void tellsPerRecordGzipWarcsAndJsonLinesAsSplittable() throws IOException {
    byte[] warc = archive(3).bytes();

    assertThat(Split.kindOf(WARC_URI, new ByteArrayInputStream(warc)))
        .isEqualTo(Split.Kind.WARC_GZIP_MEMBERS);
    assertThat(Split.kindOf(JSON_URI, new ByteArrayInputStream(jsonLines())))
        .isEqualTo(Split.Kind.JSON_LINES);
  }

  @Test
  void keepsWholeFileGzipCompressedJsonAndJsonArraysWhole() throws IOException {
    byte[] plainWarc = Warcs.warc(Warcs.htmlResponse("https://example.com/"));

    assertThat(Split.kindOf(WARC_URI, new ByteArrayInputStream(Warcs.gzip(plainWarc)))).isNull();
    assertThat(Split.kindOf("file:/a.jsonl.gz", new ByteArrayInputStream(Warcs.gzip(jsonLines()))))
        .isNull();
    assertThat(Split.kindOf(JSON_URI, new ByteArrayInputStream(utf8("[{\"url\":\"u\"}]"))))
        .isNull();
    assertThat(Split.kindOf("file:/a.warc", new ByteArrayInputStream(plainWarc))).isNull();
  }

  @Test
  void keepsPerRecordGzipArcFilesWhole() throws IOException {
    byte[] arc =
        Warcs.concat(
            Warcs.gzip(ascii("filedesc://a.arc 0.0.0.0 20240517000000 text/plain 9\n1 0 IA\n\n")),
            Warcs.gzip(ascii("http://example.com/ 1.2.3.4 20240517000000 text/html 2\nhi\n")));

    assertThat(Split.kindOf("file:/a.arc.gz", new ByteArrayInputStream(arc))).isNull();
  }

  @Test
  void readsEveryWarcRecordOnceWhateverTheSplitSize() throws IOException {
    byte[] file = archive(6).bytes();
    List<String> whole = whole(file, WARC_URI);

    for (long size : new long[] {1, 37, 200, 777, 1500, file.length - 1, file.length}) {
      assertThat(split(file, WARC_URI, Split.cut(Split.Kind.WARC_GZIP_MEMBERS, file.length, size)))
          .as("split bytes %d", size)
          .isEqualTo(whole);
    }
  }

  @Test
  void readsEveryWarcRecordOnceWhenASplitEndsAtOrJustAfterAMemberStart() throws IOException {
    Warcs.Written w = archive(3);
    byte[] file = w.bytes();
    List<String> whole = whole(file, WARC_URI);

    for (long member : w.offsets()) {
      for (long cut = Math.max(1, member - 1); cut <= member + 12; cut++) {
        assertThat(split(file, WARC_URI, at(file, Split.Kind.WARC_GZIP_MEMBERS, cut)))
            .as("cut at %d (member %d)", cut, member)
            .isEqualTo(whole);
      }
    }
  }

  @Test
  void readsNothingInASplitInsideTheLastMember() throws IOException {
    Warcs.Written w = archive(2);
    long last = w.offsets()[w.offsets().length - 1];
    Split inside = new Split(Split.Kind.WARC_GZIP_MEMBERS, last + 5, w.bytes().length, 0);

    assertThat(split(w.bytes(), WARC_URI, List.of(inside))).isEmpty();
  }

  @Test
  void readsAWholeFileGzipWarcOnceInItsFirstSplit() throws IOException {
    byte[] file =
        Warcs.gzip(
            Warcs.warc(
                Warcs.htmlResponse("https://example.com/1"),
                Warcs.htmlResponse("https://example.com/2")));

    List<String> read =
        split(file, WARC_URI, Split.cut(Split.Kind.WARC_GZIP_MEMBERS, file.length, 50));

    assertThat(read).isEqualTo(whole(file, WARC_URI)).hasSize(2);
  }

  @Test
  void rejectsACorruptMemberAndGoesOnAtTheNextVerifiedOneInSplitsAsWhole() throws IOException {
    Warcs.Written w = archive(4);
    byte[] file = w.bytes().clone();
    int damaged = (int) w.offsets()[4] + 30;
    for (int i = damaged; i < damaged + 40; i++) file[i] ^= 0x5a;
    List<String> whole = whole(file, WARC_URI);

    assertThat(whole).anyMatch(s -> s.startsWith("reject ") && s.contains("corrupt_compression"));
    assertThat(whole).anyMatch(s -> s.contains("https://example.com/3"));
    for (long size : new long[] {64, 300, 1000}) {
      assertThat(split(file, WARC_URI, Split.cut(Split.Kind.WARC_GZIP_MEMBERS, file.length, size)))
          .as("split bytes %d", size)
          .isEqualTo(whole);
    }
  }

  @Test
  void neverStartsARecordAtGzipHeadersInsideCompressedData() throws IOException {
    // incompressible bytes are stored as they are, so the headers inside reach the file verbatim
    java.util.Random random = new java.util.Random(7);
    byte[] noise = new byte[20_000];
    random.nextBytes(noise);
    byte[] fakeHeader = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 0, 3};
    byte[] body =
        Warcs.concat(
            Arrays.copyOf(noise, 5000),
            fakeHeader,
            Arrays.copyOfRange(noise, 5000, 10_000),
            Warcs.gzip(ascii("GET / HTTP/1.1 not a WARC record")),
            Arrays.copyOfRange(noise, 10_000, 20_000));
    byte[] first = stored(Warcs.warc(Warcs.htmlResponse("https://example.com/1")));
    byte[] file =
        Warcs.concat(
            first,
            stored(
                Warcs.warc(
                    Warcs.response(
                        "https://example.com/x",
                        "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n",
                        body))),
            stored(Warcs.warc(Warcs.htmlResponse("https://example.com/2"))));
    List<String> whole = whole(file, WARC_URI);

    int embedded = indexOf(file, fakeHeader);
    int embeddedMember = indexOf(file, Warcs.gzip(ascii("GET / HTTP/1.1 not a WARC record")));
    assertThat(embedded).isGreaterThan(first.length);
    assertThat(embeddedMember).isGreaterThan(embedded);
    for (int cut : new int[] {embedded - 1, embedded, embedded + 1, embeddedMember}) {
      assertThat(split(file, WARC_URI, at(file, Split.Kind.WARC_GZIP_MEMBERS, cut)))
          .as("cut at %d", cut)
          .isEqualTo(whole)
          .hasSize(3);
    }
    assertThat(split(file, WARC_URI, Split.cut(Split.Kind.WARC_GZIP_MEMBERS, file.length, 999)))
        .isEqualTo(whole);
  }

  /** One gzip member of {@code plain} deflated without compression: its bytes appear verbatim. */
  private static byte[] stored(byte[] plain) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z =
        new java.util.zip.GZIPOutputStream(out) {
          {
            def.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
          }
        }) {
      z.write(plain);
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }

  @Test
  void readsEveryJsonLineOnceWithItsWholeFileNumberWhereverTheFileIsCut() throws IOException {
    byte[] file = jsonLines();
    List<String> whole = whole(file, JSON_URI);

    for (int cut = 1; cut < file.length; cut++) {
      assertThat(split(file, JSON_URI, at(file, Split.Kind.JSON_LINES, cut)))
          .as("cut at %d", cut)
          .isEqualTo(whole);
    }
    assertThat(
            split(file, JSON_URI, numbered(file, Split.cut(Split.Kind.JSON_LINES, file.length, 3))))
        .isEqualTo(whole);
  }

  @Test
  void readsSharedWarcFilesInSplitsAsWhole() throws IOException {
    Path dir = SharedWarcFilesTest.WARC_DIR;
    Assumptions.assumeTrue(Files.isDirectory(dir));
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.toString().endsWith(".gz"))
              .filter(p -> p.toFile().length() < 30 << 20)
              .sorted()
              .toList();
    }
    for (Path p : files) {
      byte[] file = Files.readAllBytes(p);
      String uri = p.toUri().toString();
      Split.Kind kind = Split.kindOf(uri, new ByteArrayInputStream(file));
      if (kind == null) continue;
      assertThat(split(file, uri, Split.cut(kind, file.length, file.length / 7 + 1)))
          .as(p.toString())
          .isEqualTo(whole(file, uri));
    }
  }
}
