package org.winnow.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A byte range of one input file that one read task reads on its own, so that a big archive is read
 * and parsed by many tasks at once. Every record belongs to exactly one split: a per-record {@code
 * .warc.gz} record to the split where its gzip member starts, a JSON line to the split where the
 * line starts; the last record of a split is read to its end even past {@code end}. Sources, and so
 * document ids, are the same as when the file is read whole.
 *
 * <pre>{@code
 * Kind kind = Split.kindOf("file:/a.warc.gz", in);       // WARC_GZIP_MEMBERS (per-record gzip)
 * Split.cut(kind, 100_000_000, 32 << 20)                  // [0,25M) [25M,50M) [50M,75M) [75M,100M)
 * readers.open(uri, streamSeekedTo(split.readFrom()), split) // the records of one range
 * }</pre>
 *
 * @param kind how the file is cut
 * @param start first byte of the range
 * @param end the byte after the range
 * @param linesBefore JSON lines only: how many lines of the file start before this split (the
 *     numbering of {@code #line:N} sources goes on from there); 0 for archives
 */
public record Split(Kind kind, long start, long end, long linesBefore) implements Serializable {
  /** How a file can be cut into splits. */
  public enum Kind {
    /**
     * A WARC compressed one record per gzip member, the standard layout: a split enters at the
     * first member that verifiably starts a record.
     */
    WARC_GZIP_MEMBERS,
    /** Uncompressed JSON lines: a split enters after the first line end. */
    JSON_LINES
  }

  public Split {
    if (start < 0 || end < start)
      throw new IllegalArgumentException("bad range " + start + "-" + end);
  }

  /**
   * Where the file's stream must be positioned to read this split: one byte early for JSON lines,
   * so that the split sees whether a line starts exactly at {@code start}.
   */
  public long readFrom() {
    return kind == Kind.JSON_LINES && start > 0 ? start - 1 : start;
  }

  /** This split, its JSON lines numbered on from {@code lines}. */
  public Split withLinesBefore(long lines) {
    return new Split(kind, start, end, lines);
  }

  /**
   * How the file can be split, read from its first bytes and name, or null when it must be read
   * whole: compressed JSON, bzip2 and zstd, whole-file gzip, ARC, CSV (quoted line ends), JSON
   * arrays, HTML and text, and uncompressed WARC (a {@code WARC/} line may sit inside a payload).
   * Reads at most the first gzip member and {@link GzipMemberInputStream#VERIFY_BYTES} more; does
   * not close {@code in}.
   */
  public static Kind kindOf(String uri, InputStream in) throws IOException {
    if (InputFormats.notArticleExtension(uri) != null) return null;
    BufferedInputStream b = new BufferedInputStream(in, InputFormats.HEAD_BYTES);
    byte[] magic = Compression.peek(b, 4);
    Compression compression = Compression.sniff(magic, magic.length);
    if (compression == Compression.GZIP) {
      return GzipMemberInputStream.perRecordWarc(b) ? Kind.WARC_GZIP_MEMBERS : null;
    }
    if (compression != Compression.NONE) return null;
    byte[] head = InputFormats.readPrefix(b, InputFormats.HEAD_BYTES);
    boolean lines =
        InputFormats.detectPlain(uri, head, head.length) == InputFormat.JSONL
            && JsonArticleStream.Layout.of(head) == JsonArticleStream.Layout.LINES;
    return lines ? Kind.JSON_LINES : null;
  }

  /**
   * Cuts a file of {@code fileBytes} into equal splits of at most {@code splitBytes}; only the file
   * size and the setting decide, so every run plans the same splits.
   *
   * <pre>{@code
   * cut(JSON_LINES, 10, 4) -> [0,3) [3,6) [6,10)
   * }</pre>
   */
  public static List<Split> cut(Kind kind, long fileBytes, long splitBytes) {
    if (splitBytes < 1) throw new IllegalArgumentException("splitBytes " + splitBytes);
    long count = Math.max(1, (fileBytes + splitBytes - 1) / splitBytes);
    List<Split> splits = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      long from = offset(fileBytes, i, count);
      splits.add(new Split(kind, from, offset(fileBytes, i + 1, count), 0));
    }
    return splits;
  }

  /** floor(fileBytes * i / count) without overflowing. */
  private static long offset(long fileBytes, long i, long count) {
    return fileBytes / count * i + fileBytes % count * i / count;
  }

  /**
   * The line ends this split accounts for, given {@code in} positioned at {@link #readFrom()}:
   * those in {@code [readFrom(), end - 1)}. The splits of a file cover it without overlap this way,
   * so the lines before split k are 1 plus the sum of the counts of splits 0..k-1 (k > 0).
   */
  public long countLineEnds(InputStream in) throws IOException {
    long remaining = Math.max(0, end - 1 - readFrom());
    byte[] buf = new byte[64 * 1024];
    long count = 0;
    while (remaining > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
      if (n < 0) break;
      for (int i = 0; i < n; i++) if (buf[i] == '\n') count++;
      remaining -= n;
    }
    return count;
  }

  /**
   * Numbers the JSON lines of the consecutive splits of one file from their {@link #countLineEnds}
   * counts.
   *
   * <pre>{@code
   * numbered([[0,10), [10,20), [20,30)], [4, 3, 5]) -> linesBefore 0, 5, 8
   * }</pre>
   */
  public static List<Split> numbered(List<Split> splits, List<Long> lineEnds) {
    List<Split> out = new ArrayList<>();
    long before = 0;
    for (int i = 0; i < splits.size(); i++) {
      Split s = splits.get(i);
      out.add(s.start() == 0 ? s.withLinesBefore(0) : s.withLinesBefore(1 + before));
      before += lineEnds.get(i);
    }
    return out;
  }
}
