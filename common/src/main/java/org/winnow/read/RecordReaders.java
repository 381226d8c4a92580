package org.winnow.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;
import org.winnow.model.Skipped;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

/**
 * Opens any input file as a lazy stream of records: WARC/ARC archives, JSON lines or arrays, CSV or
 * TSV tables with a header row, single HTML or text files, each plain or compressed with gzip,
 * bzip2 or zstd, and tar or zip archives of any of these. The format comes from the content; the
 * name only breaks ties. Bad content never throws: it comes out as {@link Reject} items, and memory
 * is bounded by {@code input.max_record_bytes}, not by the file.
 *
 * <pre>{@code
 * RecordReaders readers = new RecordReaders(Settings.defaults());
 * try (RecordStream s = readers.open("file:/data/a.warc.gz", Files.newInputStream(p))) {
 *   s.next(); // Skipped[file:/data/a.warc.gz#0, warc_type:warcinfo]
 *   s.next(); // SourceRecord[file:/data/a.warc.gz#480 HTML https://example.com/ 1256]
 * }
 * }</pre>
 */
public final class RecordReaders implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int BUFFER_BYTES = 1 << 16;
  // a tar of zips of pages is read; an archive nested deeper than that is a reject, not a recursion
  private static final int MAX_NESTING = 2;

  private final long maxRecordBytes;
  private final ArticleFields articleFields;

  /** Readers configured by the {@link ReaderSettings} keys of {@code settings}. */
  public RecordReaders(Settings settings) {
    this.maxRecordBytes = settings.get(ReaderSettings.MAX_RECORD_BYTES);
    this.articleFields = new ArticleFields(settings);
  }

  /**
   * Opens one input file; never throws for bad content: bad parts come out as Reject items.
   *
   * @param sourceUri the file's URI, the prefix of every item's {@code source}
   * @param in the file's bytes; closed when the stream is closed
   * @throws IOException only when the first bytes cannot be read at all
   */
  public RecordStream open(String sourceUri, InputStream in) throws IOException {
    return open(sourceUri, in, 0);
  }

  private RecordStream open(String sourceUri, InputStream in, int nesting) throws IOException {
    String notArticle = InputFormats.notArticleExtension(sourceUri);
    if (notArticle != null) {
      return new SingleItemStream(
          sourceUri,
          in,
          InputFormat.UNKNOWN,
          () -> new Skipped(sourceUri, "file_type:" + notArticle));
    }
    BufferedInputStream raw = new BufferedInputStream(in, BUFFER_BYTES);
    byte[] magic = Compression.peek(raw, 4);
    if (magic.length == 0) {
      return reject(sourceUri, raw, "empty_file", "the file has no bytes");
    }
    Compression compression = Compression.sniff(magic, magic.length);
    InputStream decoded;
    try {
      decoded = compression.decode(raw);
    } catch (IOException e) {
      return reject(sourceUri, raw, "corrupt_compression", compression + ": " + e.getMessage());
    }
    BufferedInputStream plain = new BufferedInputStream(decoded, BUFFER_BYTES);
    plain.mark(InputFormats.HEAD_BYTES);
    byte[] head = InputFormats.readPrefix(plain, InputFormats.HEAD_BYTES);
    plain.reset();
    if (head.length == 0) {
      String detail = compression + " stream with no content";
      try {
        plain.read();
      } catch (IOException e) {
        // damage at the very start: nothing to read, so the file as a whole is the reject
        return reject(sourceUri, plain, "corrupt_compression", compression + ": " + e.getMessage());
      }
      return reject(sourceUri, plain, "empty_file", detail);
    }
    InputFormat format = InputFormats.detectPlain(sourceUri, head, head.length);
    return switch (format) {
      case WARC, ARC ->
          new WarcRecordStream(
              sourceUri,
              plain,
              decoded instanceof GzipMemberInputStream g ? g : null,
              compression == Compression.NONE,
              format,
              maxRecordBytes,
              Long.MAX_VALUE);
      case JSONL -> new JsonArticleStream(sourceUri, plain, head, articleFields, maxRecordBytes);
      case CSV -> new CsvArticleStream(sourceUri, plain, head, articleFields, maxRecordBytes);
      case HTML ->
          new SingleItemStream(sourceUri, plain, format, () -> wholeFile(sourceUri, plain, true));
      case TEXT ->
          new SingleItemStream(sourceUri, plain, format, () -> wholeFile(sourceUri, plain, false));
      case TAR, ZIP -> {
        if (nesting >= MAX_NESTING) {
          yield reject(
              sourceUri, plain, "nested_archive", "more than " + MAX_NESTING + " archives deep");
        }
        BundleEntries entries =
            format == InputFormat.TAR ? new TarEntries(plain) : new ZipEntries(plain);
        yield new BundledFilesStream(
            sourceUri, plain, format, entries, (uri, body) -> open(uri, body, nesting + 1));
      }
      case UNKNOWN ->
          reject(
              sourceUri,
              plain,
              "unknown_format",
              "first bytes: " + Sniff.printable(head, head.length, 32));
    };
  }

  /**
   * Opens one {@link Split} of an input file: the records that belong to it, with the sources they
   * have when the whole file is read. A null split opens the whole file.
   *
   * @param in the file's bytes from offset {@link Split#readFrom()}; closed with the stream
   * @throws IOException only when the first bytes cannot be read at all
   */
  public RecordStream open(String sourceUri, InputStream in, Split split) throws IOException {
    if (split == null) return open(sourceUri, in);
    return switch (split.kind()) {
      case WARC_GZIP_MEMBERS -> {
        GzipMemberInputStream members =
            GzipMemberInputStream.syncing(
                new BufferedInputStream(in, BUFFER_BYTES), split.start(), split.end());
        yield new WarcRecordStream(
            sourceUri,
            new BufferedInputStream(members, BUFFER_BYTES),
            members,
            false,
            InputFormat.WARC,
            maxRecordBytes,
            split.end());
      }
      case JSON_LINES -> new JsonArticleStream(sourceUri, in, split, articleFields, maxRecordBytes);
    };
  }

  private ReadItem wholeFile(String sourceUri, InputStream in, boolean html) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes + 1));
    if (bytes.length > maxRecordBytes) {
      return TooLarge.reject(sourceUri, "file", maxRecordBytes);
    }
    if (html) return SourceRecord.html(sourceUri, sourceUri, bytes, null, null);
    String text = TextBodies.normaliseLines(TextBodies.decode(bytes, null));
    if (text.isEmpty()) return new Reject(sourceUri, "no_body", "the text file is blank");
    return SourceRecord.text(sourceUri, sourceUri, text);
  }

  private static RecordStream reject(String uri, InputStream in, String reason, String detail) {
    return new SingleItemStream(
        uri, in, InputFormat.UNKNOWN, () -> new Reject(uri, reason, detail));
  }

  @Override
  public String toString() {
    return "RecordReaders[max_record_bytes=" + maxRecordBytes + "]";
  }
}
