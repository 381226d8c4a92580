package org.winnow.read;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Test fixtures: small WARCs written with jwarc, and compressed copies of any bytes. */
final class Warcs {
  static final Instant DATE = Instant.parse("2024-05-17T23:31:22Z");
  static final String PAGE =
      "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>";

  private Warcs() {}

  static byte[] warc(WarcCompression compression, WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
      for (WarcRecord r : records) w.write(r);
    }
    return out.toByteArray();
  }

  /** A WARC and the offset where each of its records starts. */
  record Written(byte[] bytes, long[] offsets) {}

  static Written written(WarcCompression compression, WarcRecord... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long[] at = new long[records.length];
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
      for (int i = 0; i < records.length; i++) {
        at[i] = w.position();
        w.write(records[i]);
      }
    }
    return new Written(out.toByteArray(), at);
  }

  static byte[] warc(WarcRecord... records) throws IOException {
    return warc(WarcCompression.NONE, records);
  }

  static WarcResponse response(String url, String httpHead, byte[] body) {
    return new WarcResponse.Builder(URI.create(url))
        .date(DATE)
        .body(MediaType.HTTP_RESPONSE, concat(ascii(httpHead), body))
        .build();
  }

  static WarcResponse htmlResponse(String url) {
    return response(
        url, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n", ascii(PAGE));
  }

  static WarcRequest request(String url) {
    return new WarcRequest.Builder(URI.create(url))
        .date(DATE)
        .body(MediaType.HTTP_REQUEST, ascii("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"))
        .build();
  }

  static WarcResource resource(String url, MediaType type, String body) {
    return new WarcResource.Builder(URI.create(url)).date(DATE).body(type, utf8(body)).build();
  }

  static WarcConversion conversion(String url, String text) {
    return new WarcConversion.Builder()
        .setHeader("WARC-Target-URI", url)
        .date(DATE)
        .body(MediaType.PLAIN_TEXT, utf8(text))
        .build();
  }

  static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(plain);
    }
    return out.toByteArray();
  }

  static byte[] bzip2(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new BZip2CompressorOutputStream(out)) {
      z.write(plain);
    }
    return out.toByteArray();
  }

  static byte[] zstd(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new ZstdOutputStream(out)) {
      z.write(plain);
    }
    return out.toByteArray();
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }
}
