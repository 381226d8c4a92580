package org.winnow.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.netpreserve.jwarc.WarcRecord;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;
import org.winnow.model.Skipped;
import org.winnow.model.SourceRecord;

/**
 * Turns one WARC or ARC record into what the pipeline needs: an HTML or text {@link SourceRecord},
 * or a {@link Skipped} / {@link Reject} with its reason.
 *
 * <pre>{@code
 * response, HTTP 200, text/html  -> SourceRecord.html(source, targetUri, body, "utf-8", warcDate)
 * response, HTTP 404             -> Skipped(source, "http_status:404")
 * response, image/png            -> Skipped(source, "content_type:image/png")
 * request                        -> Skipped(source, "warc_type:request")
 * conversion (WET), text/plain   -> SourceRecord.text(source, targetUri, text)
 * }</pre>
 */
final class ArchiveRecords {
  /** Enough for any real HTTP head; a longer one is treated as broken. */
  private static final int MAX_HEAD_BYTES = 64 * 1024;

  private final long maxRecordBytes;
  private final PayloadDecoder decoder;

  ArchiveRecords(long maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
    this.decoder = new PayloadDecoder(maxRecordBytes);
  }

  /**
   * The item for {@code rec}. Reads at most the record's block, never past it; IO errors of the
   * underlying input propagate so that the caller can tell a truncated file from a bad record.
   */
  ReadItem toItem(WarcRecord rec, String source) throws IOException {
    String type = rec.type().toLowerCase(Locale.ROOT);
    boolean response = type.equals("response");
    if (!response && !type.equals("resource") && !type.equals("conversion")) {
      return new Skipped(source, "warc_type:" + type);
    }
    long size = rec.body().size();
    if (size > maxRecordBytes) {
      return TooLarge.reject(source, "record of " + size + " bytes", maxRecordBytes);
    }
    String target = target(rec);
    Instant date = date(rec);
    String blockType = rec.headers().first("Content-Type").orElse(null);
    String blockMime = Sniff.mimeType(blockType);
    InputStream block = rec.body().stream();
    // read into an array of the exact size: no chunks to join and no copy to trim
    byte[] head = new byte[(int) Math.min(size, MAX_HEAD_BYTES)];
    int got = block.readNBytes(head, 0, head.length);
    if (got < head.length) {
      throw new EOFException("record block ends after " + got + " of " + size + " bytes");
    }
    boolean wholeBlock = head.length >= size;
    if (response && (blockMime.startsWith("application/http") || startsWithHttp(head))) {
      return httpResponse(source, target, date, block, size, head, wholeBlock);
    }
    if (type.equals("conversion")) {
      if (!blockMime.isEmpty() && !blockMime.startsWith("text/")) {
        return new Skipped(source, "content_type:" + blockMime);
      }
      byte[] bytes = wholeBlock ? head : concat(head, rest(block, size - head.length));
      String text = TextBodies.normaliseLines(TextBodies.decode(bytes, Sniff.charset(blockType)));
      if (text.isEmpty()) return new Reject(source, "no_body", "empty conversion record");
      return new SourceRecord(
          source, target, SourceRecord.Payload.TEXT, null, null, text, null, null, date, null);
    }
    // resource records, and response records whose block is the payload itself (dns:, odd tools)
    if (isHtml(blockMime, head)) {
      byte[] bytes = wholeBlock ? head : concat(head, rest(block, size - head.length));
      if (bytes.length == 0) return new Reject(source, "no_body", "empty HTML record");
      return SourceRecord.html(source, target, bytes, Sniff.charset(blockType), date);
    }
    return new Skipped(source, "content_type:" + (blockMime.isEmpty() ? "unknown" : blockMime));
  }

  private ReadItem httpResponse(
      String source,
      String target,
      Instant date,
      InputStream block,
      long size,
      byte[] head,
      boolean whole)
      throws IOException {
    HttpHead http = HttpHead.parse(head, head.length, whole);
    if (http == null) {
      return new Reject(
          source, "bad_http", "no HTTP response head: " + Sniff.printable(head, head.length, 60));
    }
    if (http.status() < 200 || http.status() > 299) {
      return new Skipped(source, "http_status:" + http.status());
    }
    String contentType = http.header("content-type");
    String mime = Sniff.mimeType(contentType);
    if (!mime.isEmpty() && !Sniff.isHtmlType(mime) && !isHtmlSniffableType(mime)) {
      return new Skipped(source, "content_type:" + mime);
    }
    byte[] body = bodyAfter(head, http.bodyStart(), block, whole ? 0 : size - head.length);
    PayloadDecoder.Result decoded =
        decoder.decode(body, http.header("transfer-encoding"), http.header("content-encoding"));
    if (!decoded.ok()) return new Reject(source, decoded.reason(), decoded.detail());
    byte[] payload = decoded.bytes();
    if (!Sniff.isHtmlType(mime) && !Sniff.looksLikeHtml(payload, payload.length)) {
      return new Skipped(source, "content_type:" + (mime.isEmpty() ? "unknown" : mime));
    }
    if (payload.length == 0) return new Reject(source, "no_body", "HTML response with no body");
    return SourceRecord.html(source, target, payload, Sniff.charset(contentType), date);
  }

  /** Types servers put on HTML pages by mistake; such payloads are kept when they sniff as HTML. */
  private static boolean isHtmlSniffableType(String mime) {
    return mime.equals("text/plain")
        || mime.equals("application/octet-stream")
        || mime.equals("unknown/unknown")
        || mime.equals("application/unknown");
  }

  private static boolean isHtml(String mime, byte[] head) {
    if (Sniff.isHtmlType(mime)) return true;
    return (mime.isEmpty() || isHtmlSniffableType(mime)) && Sniff.looksLikeHtml(head, head.length);
  }

  private static boolean startsWithHttp(byte[] b) {
    return b.length >= 5
        && new String(b, 0, 5, StandardCharsets.ISO_8859_1).equalsIgnoreCase("HTTP/");
  }

  /** WARC-Target-URI without the angle brackets wget puts around it. */
  private static String target(WarcRecord rec) {
    String t = rec.headers().first("WARC-Target-URI").orElse(null);
    if (t == null) return null;
    t = t.trim();
    if (t.startsWith("<") && t.endsWith(">")) t = t.substring(1, t.length() - 1).trim();
    return t.isEmpty() ? null : t;
  }

  /** WARC-Date, or null when absent or invalid (2009-03-65 exists in ClueWeb09). */
  private static Instant date(WarcRecord rec) {
    try {
      return rec.date();
    } catch (DateTimeException | IllegalArgumentException | NullPointerException e) {
      return rec.headers().first("WARC-Date").map(PublishedDates::parseText).orElse(null);
    }
  }

  /**
   * The remaining {@code length} bytes of a block. A file that ends early is a truncated record,
   * never a shorter page.
   */
  private static byte[] rest(InputStream block, long length) throws IOException {
    byte[] b = block.readNBytes((int) length);
    if (b.length < length) {
      throw new EOFException("record block ends " + (length - b.length) + " bytes early");
    }
    return b;
  }

  /**
   * The bytes of {@code head} from {@code from} on, followed by the remaining {@code length} bytes
   * of the block, read straight into place.
   */
  private static byte[] bodyAfter(byte[] head, int from, InputStream block, long length)
      throws IOException {
    int inHead = head.length - from;
    byte[] body = Arrays.copyOfRange(head, from, (int) (from + inHead + length));
    int got = block.readNBytes(body, inHead, (int) length);
    if (got < length) {
      throw new EOFException("record block ends " + (length - got) + " bytes early");
    }
    return body;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    if (b.length == 0) return a;
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
