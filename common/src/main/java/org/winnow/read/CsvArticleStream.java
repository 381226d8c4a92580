package org.winnow.read;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;

/**
 * Articles from delimiter-separated values with a header row (RFC 4180 quoting: fields in double
 * quotes may hold delimiters, line breaks and doubled quotes), one article per row, named {@code
 * uri#row:N} (1-based, header excluded). Columns are mapped like JSON fields by {@link
 * ArticleFields}. A row with the wrong number of fields is rejected as {@code bad_csv} and reading
 * goes on; a row longer than the record limit is skipped as {@code too_large} without being held.
 *
 * <pre>{@code
 * id,publisher,text
 * 1,x.com,"First paragraph, with a comma"   -> SourceRecord(uri#row:1, site x.com)
 * 2,y.com                                   -> Reject(uri#row:2, bad_csv, "2 fields, the header has 3")
 * }</pre>
 */
final class CsvArticleStream extends ReadAheadStream {
  private static final int BUFFER_CHARS = 1 << 16;

  private final String sourceUri;
  private final Reader in;
  private final char delimiter;
  private final ArticleFields fields;
  private final long maxChars;
  private final char[] buf = new char[BUFFER_CHARS];
  private int pos;
  private int len;
  private List<String> header;
  private long row;

  /** One parsed row: its fields, and what went wrong while reading it. */
  private record Row(List<String> fields, boolean tooLong, boolean unterminated) {}

  CsvArticleStream(
      String sourceUri, InputStream in, byte[] head, ArticleFields fields, long maxRecordBytes) {
    this.sourceUri = sourceUri;
    this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
    this.delimiter = delimiterOf(sourceUri, head);
    this.fields = fields;
    this.maxChars = maxRecordBytes;
  }

  /**
   * Tab for {@code .tsv} files; otherwise whichever of comma, tab and semicolon is most frequent
   * outside quotes in the first line, comma on a tie.
   */
  static char delimiterOf(String sourceUri, byte[] head) {
    if (InputFormats.hasExtension(InputFormats.baseName(sourceUri), ".tsv", ".tab")) return '\t';
    int commas = 0;
    int tabs = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (byte b : head) {
      if (b == '"') quoted = !quoted;
      else if (!quoted && (b == '\n' || b == '\r')) break;
      else if (!quoted && b == ',') commas++;
      else if (!quoted && b == '\t') tabs++;
      else if (!quoted && b == ';') semicolons++;
    }
    if (tabs > commas && tabs >= semicolons) return '\t';
    if (semicolons > commas && semicolons > tabs) return ';';
    return ',';
  }

  char delimiter() {
    return delimiter;
  }

  @Override
  public InputFormat format() {
    return InputFormat.CSV;
  }

  @Override
  protected ReadItem readNext() {
    return nextItem();
  }

  private ReadItem nextItem() {
    try {
      if (header == null) {
        Row first = readRow();
        if (first == null || first.tooLong() || first.unterminated()) {
          finish();
          return first == null
              ? null
              : new Reject(sourceUri + "#row:0", "bad_csv", "the header row cannot be read");
        }
        header = new ArrayList<>(first.fields());
        if (!header.isEmpty()) header.set(0, stripBom(header.get(0)));
        header.replaceAll(String::strip);
      }
      while (true) {
        Row r = readRow();
        if (r == null) {
          finish();
          return null;
        }
        if (r.fields().size() == 1 && r.fields().get(0).isEmpty() && !r.tooLong()) continue;
        row++;
        String source = sourceUri + "#row:" + row;
        if (r.unterminated()) {
          finish();
          return new Reject(source, "bad_csv", "a quoted field is not closed before the file ends");
        }
        if (r.tooLong()) {
          return TooLarge.reject(source, "row (in characters)", maxChars);
        }
        if (r.fields().size() != header.size()) {
          return new Reject(
              source, "bad_csv", r.fields().size() + " fields, the header has " + header.size());
        }
        return fields.toItem(object(r.fields()), source);
      }
    } catch (IOException e) {
      finish();
      return new Reject(sourceUri + "#row:" + (row + 1), "io_error", e.toString());
    } catch (RuntimeException e) {
      return new Reject(sourceUri + "#row:" + row, "bad_record", e.toString());
    }
  }

  private ObjectNode object(List<String> values) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (!name.isEmpty() && !node.has(name)) node.put(name, values.get(i));
    }
    return node;
  }

  /** The next row, or null at the end of the input. */
  private Row readRow() throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    boolean any = false;
    long chars = 0;
    boolean tooLong = false;
    while (true) {
      int c = read();
      if (c < 0) {
        if (!any) return null;
        out.add(field.toString());
        return new Row(out, tooLong, inQuotes);
      }
      any = true;
      if (inQuotes) {
        if (c == '"') {
          if (peek() == '"') {
            read();
          } else {
            inQuotes = false;
            continue;
          }
        }
      } else if (c == delimiter) {
        out.add(tooLong ? "" : field.toString());
        field.setLength(0);
        continue;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') read();
        out.add(field.toString());
        return new Row(out, tooLong, false);
      } else if (c == '"' && field.length() == 0) {
        inQuotes = true;
        continue;
      }
      if (++chars > maxChars) {
        // keep reading to the end of the row so the next row starts in the right place
        tooLong = true;
        field.setLength(0);
      } else {
        field.append((char) c);
      }
    }
  }

  private int read() throws IOException {
    if (pos == len && !fill()) return -1;
    return buf[pos++];
  }

  private int peek() throws IOException {
    if (pos == len && !fill()) return -1;
    return buf[pos];
  }

  private boolean fill() throws IOException {
    len = in.read(buf, 0, buf.length);
    pos = 0;
    if (len <= 0) {
      len = 0;
      return false;
    }
    return true;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  @Override
  public void close() throws IOException {
    discard();
    in.close();
  }
}
