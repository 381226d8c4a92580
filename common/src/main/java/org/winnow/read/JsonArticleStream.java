package org.winnow.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;

/**
 * Articles from JSON, in one of two layouts told from the first line:
 *
 * <ul>
 *   <li>JSON lines: one object per line, {@code uri#line:N} (1-based). A bad line is rejected as
 *       {@code bad_json} and reading goes on with the next line; a line longer than the record
 *       limit is skipped as {@code too_large} without being held in memory.
 *   <li>JSON values: a top-level array of objects, or objects spread over several lines
 *       (news-please writes one indented object per file), streamed value by value as {@code
 *       uri#item:N} (1-based). Broken syntax ends the file after a {@code bad_json} reject.
 * </ul>
 *
 * <pre>{@code
 * {"url":"u1","text":"a"}      -> SourceRecord(uri#line:1)
 * {"url":"u2","text":        -> Reject(uri#line:2, bad_json, "Unexpected end-of-input ...")
 * {"url":"u3","html":"<p>c"} -> SourceRecord(uri#line:3, html)
 * }</pre>
 *
 * <p>JSON lines can be read as {@link Split}s: a split returns the lines that start inside it,
 * numbered as in the whole file, the last one read past the split's end.
 */
final class JsonArticleStream extends ReadAheadStream {
  /** How the articles are laid out in the file. */
  enum Layout {
    LINES,
    VALUES;

    /**
     * VALUES when the file opens an array, or an object alone on its first line as JSON
     * pretty-printers write it; else LINES, which keeps reading past a broken first line.
     */
    static Layout of(byte[] head) {
      int start = InputFormats.skipBomAndBlanks(head, head.length);
      if (start < head.length && head[start] == '[') return VALUES;
      int end = start;
      while (end < head.length && head[end] != '\n') end++;
      String firstLine = new String(head, start, end - start, StandardCharsets.UTF_8).strip();
      return firstLine.equals("{") ? VALUES : LINES;
    }
  }

  private final String sourceUri;
  private final InputStream in;
  private final ArticleFields fields;
  private final ObjectMapper mapper;
  private final Layout layout;
  private final LineInput lines;

  /** Lines starting at or after this offset belong to the next split. */
  private final long end;

  private JsonParser parser;
  private boolean inArray;
  private long ordinal;

  JsonArticleStream(
      String sourceUri, InputStream in, byte[] head, ArticleFields fields, long maxRecordBytes) {
    this.sourceUri = sourceUri;
    this.in = in;
    this.fields = fields;
    this.mapper = mapper(maxRecordBytes);
    this.layout = Layout.of(head);
    this.lines =
        layout == Layout.LINES
            ? new LineInput(in, (int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes))
            : null;
    this.end = Long.MAX_VALUE;
  }

  /**
   * The JSON lines of {@code split}; {@code in} is positioned at {@link Split#readFrom()}, one byte
   * before the split when it starts inside the file, so that a line starting exactly at its start
   * is told from the tail of the previous one.
   */
  JsonArticleStream(
      String sourceUri, InputStream in, Split split, ArticleFields fields, long maxRecordBytes)
      throws IOException {
    this.sourceUri = sourceUri;
    this.in = in;
    this.fields = fields;
    this.mapper = mapper(maxRecordBytes);
    this.layout = Layout.LINES;
    this.lines =
        new LineInput(
            in,
            (int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes),
            split.readFrom(),
            split.linesBefore());
    this.end = split.end();
    if (split.start() > 0) lines.skipPastLineEnd();
  }

  /** A mapper whose strings may not exceed the record limit, so one value cannot fill memory. */
  private static ObjectMapper mapper(long maxRecordBytes) {
    int maxChars = (int) Math.min(Integer.MAX_VALUE, maxRecordBytes);
    return new ObjectMapper(
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(maxChars).build())
            .build());
  }

  Layout layout() {
    return layout;
  }

  @Override
  public InputFormat format() {
    return InputFormat.JSONL;
  }

  @Override
  protected ReadItem readNext() {
    return layout == Layout.LINES ? nextLine() : nextValue();
  }

  private ReadItem nextLine() {
    while (true) {
      if (lines.position() >= end) {
        finish();
        return null;
      }
      LineInput.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        finish();
        return new Reject(sourceUri + "#line:" + (lines.lineNumber() + 1), "io_error", message(e));
      }
      if (line == null) {
        finish();
        return null;
      }
      String source = sourceUri + "#line:" + lines.lineNumber();
      if (line.tooLong()) {
        return TooLarge.reject(source, "line", lines.maxBytes());
      }
      if (line.isBlank()) continue;
      try {
        JsonNode node = mapper.readTree(line.bytes(), 0, line.length());
        if (node == null || !node.isObject()) {
          return new Reject(source, "bad_json", "not a JSON object");
        }
        return fields.toItem(node, source);
      } catch (IOException e) {
        return new Reject(source, "bad_json", jsonMessage(e));
      } catch (RuntimeException e) {
        return new Reject(source, "bad_record", message(e));
      }
    }
  }

  private ReadItem nextValue() {
    try {
      if (parser == null) parser = mapper.getFactory().createParser(in);
      while (true) {
        JsonToken t = parser.nextToken();
        if (t == null) {
          finish();
          return null;
        }
        if (!inArray && t == JsonToken.START_ARRAY) {
          inArray = true;
          continue;
        }
        if (inArray && t == JsonToken.END_ARRAY) {
          inArray = false;
          continue;
        }
        ordinal++;
        String source = sourceUri + "#item:" + ordinal;
        if (t != JsonToken.START_OBJECT) {
          parser.skipChildren();
          return new Reject(source, "bad_json", "JSON value is " + t + ", not an article object");
        }
        return fields.toItem(mapper.readTree(parser), source);
      }
    } catch (JsonProcessingException e) {
      // a streaming parser cannot find the next value after broken syntax: the file ends here
      finish();
      return new Reject(sourceUri + "#item:" + Math.max(1, ordinal), "bad_json", jsonMessage(e));
    } catch (IOException | RuntimeException e) {
      finish();
      String reason = e instanceof IOException ? "io_error" : "bad_record";
      return new Reject(sourceUri + "#item:" + Math.max(1, ordinal), reason, message(e));
    }
  }

  /** Jackson's message without the source excerpt it appends. */
  private static String jsonMessage(IOException e) {
    String m = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (m == null) m = e.getClass().getSimpleName();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  private static String message(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  @Override
  public void close() throws IOException {
    discard();
    if (parser != null) parser.close();
    in.close();
  }
}
