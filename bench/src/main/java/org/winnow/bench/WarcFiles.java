package org.winnow.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes pages as HTTP response records of a gzipped WARC, the way a crawler stores them: one gzip
 * member per record, record ids and dates derived from the URL so the same pages give the same
 * bytes.
 *
 * <pre>{@code
 * byte[] warcGz = WarcFiles.toWarcGz(pages, 0); // pages.size() response records
 * }</pre>
 */
public final class WarcFiles {
  private WarcFiles() {}

  private static final Instant CAPTURED = Instant.parse("2026-01-15T08:00:00Z");

  /** All pages as one WARC.gz in memory, each page once, with URLs of copy {@code copy}. */
  public static byte[] toWarcGz(List<EvalPages.Page> pages, int copy) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer w = new Writer(out)) {
      for (EvalPages.Page p : pages) w.write(p, copy);
    }
    return out.toByteArray();
  }

  /** A WARC.gz being written record by record. */
  public static final class Writer implements AutoCloseable {
    private final WarcWriter warc;

    public Writer(OutputStream out) throws IOException {
      this.warc = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP);
    }

    /** Appends {@code page} as a 200 response under its URL for copy {@code copy}. */
    public void write(EvalPages.Page page, int copy) throws IOException {
      String url = page.url(copy);
      HttpResponse http =
          new HttpResponse.Builder(200, "OK").body(MediaType.HTML, page.html()).build();
      WarcResponse record =
          new WarcResponse.Builder(URI.create(url))
              .recordId(UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)))
              .date(CAPTURED)
              .body(http)
              .build();
      warc.write(record);
    }

    /** Bytes written so far (compressed). */
    public long position() {
      return warc.position();
    }

    @Override
    public void close() throws IOException {
      warc.close();
    }
  }
}
