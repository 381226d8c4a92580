package org.winnow.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;

/**
 * The records of a WARC or ARC file, read with jwarc over the decompressed bytes.
 *
 * <p>Positions: in an uncompressed file a record is {@code uri#byteOffset}; in a gzip file a record
 * that starts a gzip member (per-record compression, the norm) is {@code uri#compressedOffset}, the
 * offset CDX indexes use; a record inside a member (whole-file gzip) or in a bzip2/zstd file is
 * {@code uri#rec:N}, its 1-based ordinal.
 *
 * <p>When jwarc cannot parse a WARC record header the stream rejects it and re-synchronises on the
 * next line starting with {@code WARC/}; corrupt gzip data is rejected and reading goes on at the
 * next gzip member that verifiably starts a WARC record; a truncated file ends after a reject. An
 * ARC record whose header line ends in CRLF is read through {@link ArcHeaderRepair}; ARC files end
 * after their first record that cannot be repaired.
 *
 * <p>Read as a {@link Split}, the stream returns the records whose gzip member starts before the
 * split's end, the last one read to its end; the next split starts at the first of the others.
 *
 * <pre>{@code
 * warcio example.warc.gz -> Skipped(#0, warc_type:warcinfo), Skipped(#353, warc_type:warcinfo),
 *                           SourceRecord(#784, HTML), Skipped(#2012, warc_type:request),
 *                           Skipped(#2621, warc_type:revisit), Skipped(#3207, warc_type:request)
 * }</pre>
 */
final class WarcRecordStream extends ReadAheadStream {
  private static final int REPLAY_BYTES = 1 << 18;
  private static final byte[] RECORD_START = {'\n', 'W', 'A', 'R', 'C', '/'};

  private final String sourceUri;
  private final ReplayInputStream input;
  private final GzipMemberInputStream members;
  private final boolean byteOffsets;
  private final boolean resync;
  private final InputFormat format;
  private final ArchiveRecords records;
  private final long maxRecordBytes;

  /** Records whose member starts at or after this compressed offset belong to the next split. */
  private final long end;

  private WarcReader reader;

  /** Decompressed offset where the next reader starts: 0, or the member a resync found. */
  private long restartAt;

  /** Offset in the decompressed input where {@link #reader} started. */
  private long base;

  private long ordinal;

  /**
   * @param plain the decompressed bytes
   * @param members the gzip decoder under {@code plain}, or null when not gzip
   * @param byteOffsets whether offsets in {@code plain} are offsets in the file (not compressed)
   */
  WarcRecordStream(
      String sourceUri,
      InputStream plain,
      GzipMemberInputStream members,
      boolean byteOffsets,
      InputFormat format,
      long maxRecordBytes,
      long end) {
    this.sourceUri = sourceUri;
    this.input = new ReplayInputStream(plain, REPLAY_BYTES);
    this.members = members;
    this.byteOffsets = byteOffsets;
    this.resync = format == InputFormat.WARC;
    this.format = format;
    this.records = new ArchiveRecords(maxRecordBytes);
    this.maxRecordBytes = maxRecordBytes;
    this.end = end;
  }

  @Override
  public InputFormat format() {
    return format;
  }

  @Override
  protected ReadItem readNext() {
    return advance();
  }

  private ReadItem advance() {
    while (true) {
      try {
        if (reader == null) startReader(restartAt);
      } catch (IOException e) {
        ReadItem r = afterFailure(failure(sourceAt(restartAt), e));
        if (r != null || finished()) return r;
        continue;
      }
      WarcRecord rec;
      try {
        rec = reader.next().orElse(null);
      } catch (ParsingException | IllegalArgumentException e) {
        // IllegalArgumentException: duplicate or non-numeric Content-Length, found by jwarc
        ordinal++;
        ReadItem r = resynchronise(e);
        if (r != null || finished()) return r;
        continue;
      } catch (IOException | RuntimeException e) {
        ordinal++;
        return afterFailure(failure(sourceAt(base + reader.position()), e));
      }
      if (rec == null) return end(null);
      long at = base + reader.position();
      if (members != null && end != Long.MAX_VALUE) {
        long member = members.memberAt(at);
        if (member >= end) return end(null);
      }
      ordinal++;
      String source = sourceAt(at);
      try {
        return records.toItem(rec, source);
      } catch (IOException e) {
        if (input.exhausted()) return afterFailure(failure(source, e));
        return new Reject(source, "bad_record", message(e));
      } catch (RuntimeException e) {
        return new Reject(source, "bad_record", message(e));
      }
    }
  }

  private void startReader(long at) throws IOException {
    base = at;
    reader = new WarcReader(Channels.newChannel(input));
    reader.setLenient(true);
  }

  /**
   * Reads the record jwarc could not parse through {@link WarcHeaderRepair} when the standard
   * allows its header; otherwise rejects it and moves to the next {@code WARC/} line. Bytes that
   * are only blanks or NULs (padding, a stray CRLF) are no record and give no reject.
   */
  private ReadItem resynchronise(Exception e) {
    long failedAt = base + reader.position();
    String source = sourceAt(failedAt);
    Reject reject = new Reject(source, "bad_record", message(e));
    if (!input.canRewindTo(failedAt)) return end(reject);
    input.rewindTo(failedAt);
    if (!resync) {
      // an ARC file has no record marker to resynchronise on: its one way on is a repaired line
      ReadItem repaired = readRepaired(source, false);
      return repaired != null ? repaired : end(reject);
    }
    ReadItem repaired = readRepaired(source, true);
    if (repaired != null) return repaired;
    if (!input.canRewindTo(failedAt)) return end(reject);
    input.rewindTo(failedAt);
    long found = -1;
    long firstContent = -1;
    byte[] buf = new byte[16384];
    int state = 0;
    long offset = failedAt;
    try {
      scan:
      while (true) {
        int n = input.read(buf, 0, buf.length);
        if (n < 0) break;
        for (int i = 0; i < n; i++, offset++) {
          byte c = buf[i];
          if (firstContent < 0 && c != 0 && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            firstContent = offset;
          }
          if (c == RECORD_START[state]) {
            if (++state == RECORD_START.length) {
              found = offset - (RECORD_START.length - 2);
              break scan;
            }
          } else {
            state = c == '\n' ? 1 : 0;
          }
        }
      }
    } catch (IOException ex) {
      return end(reject);
    }
    boolean padding = firstContent < 0 || (found >= 0 && firstContent >= found);
    if (found < 0) {
      return end(padding ? null : reject);
    }
    input.rewindTo(found);
    try {
      startReader(found);
    } catch (IOException ex) {
      return end(reject);
    }
    return padding ? null : reject;
  }

  /**
   * The record at the input's position read with a repaired header ({@link WarcHeaderRepair} for a
   * WARC record, {@link ArcHeaderRepair} for an ARC one), the reader restarted after it; null when
   * the header cannot be repaired or the repaired record still does not parse.
   */
  private ReadItem readRepaired(String source, boolean warc) {
    WarcRecord rec;
    try {
      WarcHeaderRepair.Repaired h =
          warc ? WarcHeaderRepair.read(input) : ArcHeaderRepair.read(input);
      if (h == null || h.contentLength() > maxRecordBytes) return null;
      byte[] body = input.readNBytes((int) h.contentLength());
      if (body.length < h.contentLength()) return null;
      byte[] end = warc ? new byte[] {'\r', '\n', '\r', '\n'} : new byte[] {'\n'};
      byte[] whole = new byte[h.header().length + body.length + end.length];
      System.arraycopy(h.header(), 0, whole, 0, h.header().length);
      System.arraycopy(body, 0, whole, h.header().length, body.length);
      System.arraycopy(end, 0, whole, whole.length - end.length, end.length);
      rec = new WarcReader(new java.io.ByteArrayInputStream(whole)).next().orElse(null);
      if (rec == null) return null;
      ReadItem item = records.toItem(rec, source);
      startReader(afterRecordEnd());
      return item;
    } catch (IOException | RuntimeException ex) {
      return null;
    }
  }

  /** Steps over the CRLF CRLF that ends a record, so that the next record's offset is exact. */
  private long afterRecordEnd() throws IOException {
    long at = input.position();
    byte[] tail = input.readNBytes(4);
    int blanks = 0;
    while (blanks < tail.length && (tail[blanks] == '\r' || tail[blanks] == '\n')) blanks++;
    input.rewindTo(at + blanks);
    return at + blanks;
  }

  /**
   * Returns {@code reject} for a failed input and ends the file, unless the failure was corrupt
   * gzip data and a verified member follows: then reading restarts there.
   */
  private ReadItem afterFailure(Reject reject) {
    if (members == null || !members.failed()) return end(reject);
    long restart;
    try {
      restart = members.resync();
      if (restart >= 0) skipTo(restart);
    } catch (IOException | RuntimeException e) {
      return end(reject);
    }
    if (restart < 0) return end(reject);
    input.resume();
    reader = null;
    restartAt = restart;
    return reject;
  }

  /** Reads and drops the decompressed bytes before {@code offset}. */
  private void skipTo(long offset) throws IOException {
    input.resume();
    byte[] scratch = new byte[8192];
    while (input.position() < offset) {
      int n = input.read(scratch, 0, (int) Math.min(scratch.length, offset - input.position()));
      if (n < 0) throw new EOFException("decompressed input ends before offset " + offset);
    }
  }

  private ReadItem end(ReadItem last) {
    finish();
    return last;
  }

  private Reject failure(String source, Exception e) {
    String reason;
    if (e instanceof EOFException) reason = "truncated_record";
    else if (e instanceof ZipException) reason = "corrupt_compression";
    else if (e instanceof IOException && !(e instanceof ParsingException)) reason = "io_error";
    else reason = "bad_record";
    return new Reject(source, reason, message(e));
  }

  private String sourceAt(long plainOffset) {
    if (members != null) {
      long member = members.memberAt(plainOffset);
      return member >= 0 ? sourceUri + "#" + member : sourceUri + "#rec:" + ordinal;
    }
    return byteOffsets ? sourceUri + "#" + plainOffset : sourceUri + "#rec:" + ordinal;
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    if (m == null && e instanceof EOFException) m = "the input ends inside a record";
    String text = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  @Override
  public void close() throws IOException {
    discard();
    input.close();
  }
}
