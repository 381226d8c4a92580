package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.winnow.read.Warcs.ascii;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.winnow.model.Reject;
import org.winnow.model.Skipped;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

class WarcReadingTest {
  private static final String URI = "file:/data/a.warc";

  @Test
  void readsHtmlResponseAsHtmlRecordWithTargetCharsetAndWarcDate() throws IOException {
    Drain d = Drain.of(Warcs.warc(Warcs.htmlResponse("https://example.com/a")), URI);

    SourceRecord r = d.records().get(0);
    assertThat(r.payload()).isEqualTo(SourceRecord.Payload.HTML);
    assertThat(r.url()).isEqualTo("https://example.com/a");
    assertThat(new String(r.html(), StandardCharsets.UTF_8)).isEqualTo(Warcs.PAGE);
    assertThat(r.declaredCharset()).isEqualTo("UTF-8");
    assertThat(r.fetchedAt()).isEqualTo(Warcs.DATE);
  }

  @Test
  void skipsRequestRecordsByWarcType() throws IOException {
    Drain d = Drain.of(Warcs.warc(Warcs.request("https://example.com/")), URI);

    assertThat(d.items).containsExactly(new Skipped(URI + "#0", "warc_type:request"));
  }

  @Test
  void skipsNonHtmlResponsesByContentType() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    Drain d =
        Drain.of(
            Warcs.warc(
                Warcs.response(
                    "https://example.com/i.png",
                    "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n",
                    png)),
            URI);

    assertThat(d.skipReasons).isEqualTo(Map.of("content_type:image/png", 1));
  }

  @Test
  void skipsResponsesThatAreNotSuccessByHttpStatus() throws IOException {
    Drain d =
        Drain.of(
            Warcs.warc(
                Warcs.response(
                    "https://example.com/gone",
                    "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n",
                    ascii(Warcs.PAGE))),
            URI);

    assertThat(d.skipReasons).isEqualTo(Map.of("http_status:404", 1));
  }

  @Test
  void sniffsHtmlWhenTheResponseHasNoContentType() throws IOException {
    Drain d =
        Drain.of(
            Warcs.warc(
                Warcs.response(
                    "https://example.com/", "HTTP/1.0 200 OK\r\n\r\n", ascii(Warcs.PAGE))),
            URI);

    assertThat(d.records()).hasSize(1);
  }

  @Test
  void namesRecordsOfAnUncompressedWarcByByteOffset() throws IOException {
    byte[] first = Warcs.warc(Warcs.request("https://example.com/"));
    byte[] both =
        Warcs.warc(
            Warcs.request("https://example.com/"), Warcs.htmlResponse("https://example.com/"));

    Drain d = Drain.of(both, URI);

    assertThat(d.items.get(1).source()).isEqualTo(URI + "#" + first.length);
  }

  @Test
  void namesRecordsOfAPerRecordGzipWarcByCompressedMemberOffset() throws IOException {
    var records =
        new org.netpreserve.jwarc.WarcRecord[] {
          Warcs.request("https://example.com/"), Warcs.htmlResponse("https://example.com/")
        };
    Warcs.Written gz = Warcs.written(WarcCompression.GZIP, records);

    Drain d = Drain.of(gz.bytes(), URI + ".gz");

    assertThat(gz.offsets()[1]).isGreaterThan(0);
    assertThat(d.items)
        .extracting(i -> i.source())
        .containsExactly(URI + ".gz#0", URI + ".gz#" + gz.offsets()[1]);
  }

  @Test
  void namesRecordsInsideOneWholeFileGzipMemberByOrdinal() throws IOException {
    byte[] plain =
        Warcs.warc(
            Warcs.request("https://example.com/"), Warcs.htmlResponse("https://example.com/"));

    Drain d = Drain.of(Warcs.gzip(plain), URI + ".gz");

    assertThat(d.items)
        .extracting(i -> i.source())
        .containsExactly(URI + ".gz#0", URI + ".gz#rec:2");
  }

  @Test
  void readsBzip2CompressedWarcLikeThePlainOne() throws IOException {
    byte[] plain =
        Warcs.warc(Warcs.request("https://e.com/"), Warcs.htmlResponse("https://e.com/"));

    Drain d = Drain.of(Warcs.bzip2(plain), URI + ".bz2");

    assertThat(d.records()).hasSize(1);
    assertThat(d.records().get(0).source()).isEqualTo(URI + ".bz2#rec:2");
  }

  @Test
  void readsZstdCompressedWarcLikeThePlainOne() throws IOException {
    byte[] plain =
        Warcs.warc(Warcs.request("https://e.com/"), Warcs.htmlResponse("https://e.com/"));

    Drain d = Drain.of(Warcs.zstd(plain), URI + ".zst");

    assertThat(d.records()).hasSize(1);
    assertThat(d.skips).isEqualTo(1);
  }

  @Test
  void readsGzipWarcWhoseNameSaysUncompressed() throws IOException {
    byte[] gz = Warcs.warc(WarcCompression.GZIP, Warcs.htmlResponse("https://e.com/"));

    assertThat(Drain.of(gz, "file:/data/misnamed.warc").records()).hasSize(1);
  }

  @Test
  void rejectsRecordsOverTheSizeLimitAndReadsTheNextOne() throws IOException {
    RecordReaders small =
        new RecordReaders(Settings.defaults().with(Map.of("input.max_record_bytes", "2k")));
    byte[] big = new byte[5000];
    Arrays.fill(big, (byte) 'x');
    byte[] warc =
        Warcs.warc(
            Warcs.response(
                "https://e.com/big", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", big),
            Warcs.htmlResponse("https://e.com/small"));

    Drain d = Drain.of(small, URI, new ByteArrayInputStream(warc));

    assertThat(d.rejectReasons).isEqualTo(Map.of("too_large", 1));
    assertThat(d.records()).extracting(SourceRecord::url).containsExactly("https://e.com/small");
  }

  @Test
  void rejectsTruncatedGzipWithReasonAfterTheRecordsBeforeIt() throws IOException {
    byte[] warc =
        Warcs.warc(
            WarcCompression.GZIP,
            Warcs.htmlResponse("https://e.com/1"),
            Warcs.htmlResponse("https://e.com/2"));
    byte[] cut = Arrays.copyOf(warc, warc.length - 40);

    Drain d = Drain.of(cut, URI + ".gz");

    assertThat(d.records()).extracting(SourceRecord::url).containsExactly("https://e.com/1");
    assertThat(d.rejects()).extracting(Reject::reason).containsExactly("truncated_record");
  }

  @Test
  void rejectsAnUncompressedFileCutInsideALargeRecordAsTruncated() throws IOException {
    byte[] page = Warcs.ascii("<html><body>" + "<p>para</p>".repeat(10_000) + "</body></html>");
    byte[] warc =
        Warcs.warc(
            Warcs.response(
                "https://e.com/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", page));

    Drain d = Drain.of(Arrays.copyOf(warc, warc.length - 1000), URI);

    assertThat(d.items).hasSize(1);
    assertThat(d.rejectReasons).isEqualTo(Map.of("truncated_record", 1));
  }

  @Test
  void resynchronisesOnTheNextWarcLineAfterABrokenRecordHeader() throws IOException {
    byte[] good1 = Warcs.warc(Warcs.htmlResponse("https://e.com/1"));
    byte[] broken = ascii("WARC/1.0\r\nWARC-Type response\r\n\r\n");
    byte[] good2 = Warcs.warc(Warcs.htmlResponse("https://e.com/2"));

    Drain d = Drain.of(Warcs.concat(good1, broken, good2), URI);

    assertThat(d.records())
        .extracting(SourceRecord::url)
        .containsExactly("https://e.com/1", "https://e.com/2");
    assertThat(d.rejects())
        .extracting(Reject::reason, Reject::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bad_record", URI + "#" + good1.length));
  }

  @Test
  void readsARecordWithALowerCaseVersionLineAndFoldedFieldsAsTheStandardAllows()
      throws IOException {
    byte[] good1 = Warcs.warc(Warcs.htmlResponse("https://e.com/1"));
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + Warcs.PAGE;
    byte[] folded =
        ascii(
            "warc/1.0\r\nwarc-type: RESPONSE\r\nWARC-Target-URI:\r\n  https://e.com/folded\r\n"
                + "WARC-Date: 2024-05-17T23:31:22Z\r\n"
                + "WARC-Record-ID: <urn:uuid:4042c21b-d898-43f0-9c95-b50da2d1aa42>\r\n"
                + "Content-Type: application/http; msgtype=response\r\n"
                + "Content-Length:\r\n "
                + http.length()
                + "\r\n\r\n"
                + http
                + "\r\n\r\n");
    byte[] good2 = Warcs.warc(Warcs.htmlResponse("https://e.com/2"));

    Drain d = Drain.of(Warcs.concat(good1, folded, good2), URI);

    assertThat(d.records())
        .extracting(SourceRecord::url, SourceRecord::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("https://e.com/1", URI + "#0"),
            org.assertj.core.groups.Tuple.tuple("https://e.com/folded", URI + "#" + good1.length),
            org.assertj.core.groups.Tuple.tuple(
                "https://e.com/2", URI + "#" + (good1.length + folded.length)));
    assertThat(d.rejects).isZero();
  }

  @Test
  void stillRejectsARecordWithTwoContentLengths() throws IOException {
    byte[] twice =
        ascii(
            "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://e.com/x\r\n"
                + "Content-Length: 2\r\nContent-Length: 3\r\n\r\nab\r\n\r\n");
    byte[] good = Warcs.warc(Warcs.htmlResponse("https://e.com/2"));

    Drain d = Drain.of(Warcs.concat(twice, good), URI);

    assertThat(d.rejectReasons).isEqualTo(Map.of("bad_record", 1));
    assertThat(d.records()).extracting(SourceRecord::url).containsExactly("https://e.com/2");
  }

  @Test
  void ignoresBlankPaddingAfterTheLastRecord() throws IOException {
    byte[] warc =
        Warcs.concat(Warcs.warc(Warcs.htmlResponse("https://e.com/")), new byte[64], ascii("\r\n"));

    Drain d = Drain.of(warc, URI);

    assertThat(d.items).hasSize(1);
  }

  @Test
  void decodesAPayloadThatReallyIsChunked() throws IOException {
    String chunked =
        Integer.toHexString(Warcs.PAGE.length()) + "\r\n" + Warcs.PAGE + "\r\n0\r\n\r\n";
    Drain d =
        Drain.of(
            Warcs.warc(
                Warcs.response(
                    "https://e.com/",
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n",
                    ascii(chunked))),
            URI);

    assertThat(new String(d.records().get(0).html(), StandardCharsets.UTF_8)).isEqualTo(Warcs.PAGE);
  }

  @Test
  void keepsAPayloadDeclaredChunkedThatWasStoredDechunked() throws IOException {
    Drain d =
        Drain.of(
            Warcs.warc(
                Warcs.response(
                    "https://e.com/",
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n",
                    ascii(Warcs.PAGE))),
            URI);

    assertThat(new String(d.records().get(0).html(), StandardCharsets.UTF_8)).isEqualTo(Warcs.PAGE);
  }

  @Test
  void decodesAPayloadThatReallyIsGzipEncoded() throws IOException {
    Drain d =
        Drain.of(
            Warcs.warc(
                Warcs.response(
                    "https://e.com/",
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n",
                    Warcs.gzip(ascii(Warcs.PAGE)))),
            URI);

    assertThat(new String(d.records().get(0).html(), StandardCharsets.UTF_8)).isEqualTo(Warcs.PAGE);
  }

  @Test
  void keepsAPayloadDeclaredGzipThatWasStoredDecoded() throws IOException {
    Drain d =
        Drain.of(
            Warcs.warc(
                Warcs.response(
                    "https://e.com/",
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n",
                    ascii(Warcs.PAGE))),
            URI);

    assertThat(new String(d.records().get(0).html(), StandardCharsets.UTF_8)).isEqualTo(Warcs.PAGE);
  }

  @Test
  void rejectsABrotliEncodedPayloadAsUnsupportedEncoding() throws IOException {
    byte[] brotliLike = {0x1b, 0x4f, 0x00, (byte) 0xf8, 0x25, 0x02, 0x06, 0x10, 0x01, 0x7f};
    Drain d =
        Drain.of(
            Warcs.warc(
                Warcs.response(
                    "https://e.com/",
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n",
                    brotliLike)),
            URI);

    assertThat(d.rejectReasons).isEqualTo(Map.of("unsupported_encoding", 1));
  }

  @Test
  void readsAnHtmlResourceRecordWithoutHttpHeaders() throws IOException {
    Drain d =
        Drain.of(
            Warcs.warc(Warcs.resource("https://e.com/r", MediaType.HTML_UTF8, Warcs.PAGE)), URI);

    assertThat(d.records()).extracting(SourceRecord::url).containsExactly("https://e.com/r");
  }

  @Test
  void readsAWetConversionRecordAsTextWithItsLines() throws IOException {
    Drain d =
        Drain.of(Warcs.warc(Warcs.conversion("https://e.com/w", "Title\r\nFirst para.\r\n")), URI);

    SourceRecord r = d.records().get(0);
    assertThat(r.payload()).isEqualTo(SourceRecord.Payload.TEXT);
    assertThat(r.text()).isEqualTo("Title\nFirst para.");
  }

  @Test
  void stripsTheAngleBracketsWgetPutsAroundTargetUris() throws IOException {
    byte[] warc =
        Warcs.warc(
            new org.netpreserve.jwarc.WarcResource.Builder()
                .setHeader("WARC-Target-URI", "<https://e.com/wget>")
                .body(MediaType.HTML, ascii(Warcs.PAGE))
                .build());

    assertThat(Drain.of(warc, URI).records().get(0).url()).isEqualTo("https://e.com/wget");
  }
}
