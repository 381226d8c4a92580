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
import java.util.NoSuchElementException;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;

/**
 * Articles from JSON: one object per line ({@code uri#line:N}, 1-based), or one top-level array
 * of objects streamed element by element ({@code uri#item:N}, 1-based). A bad line is rejected as
 * {@code bad_json} and reading goes on with the next line; a line longer than the record limit is
 * skipped as {@code too_large} without being held in memory.
 *
 * <pre>{@code
 * {"url":"u1","text":"a"}      -> SourceRecord(uri#line:1)
 * {"url":"u2","text":        -> Reject(uri#line:2, bad_json, "Unexpected end-of-input ...")
 * {"url":"u3","html":"<p>c"} -> SourceRecord(uri#line:3, html)
 * }</pre>
 */
final class JsonArticleStream implements RecordStream {
  private final String sourceUri;
  private final InputStream in;
  private final ArticleFields fields;
  private final ObjectMapper mapper;
  private final boolean array;
  private final LineInput lines;
  private JsonParser arrayParser;
  private long ordinal;
  private ReadItem pending;
  private boolean done;

  JsonArticleStream(
      String sourceUri, InputStream in, boolean array, ArticleFields fields, long maxRecordBytes) {
    this.sourceUri = sourceUri;
    this.in = in;
    this.fields = fields;
    this.array = array;
    int maxChars = (int) Math.min(Integer.MAX_VALUE, maxRecordBytes);
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(maxChars).build())
            .build();
    this.mapper = new ObjectMapper(factory);
    this.lines =
        array ? null : new LineInput(in, (int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes));
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !done) pending = array ? nextElement() : nextLine();
    return pending != null;
  }

  @Override
  public ReadItem next() {
    if (!hasNext()) throw new NoSuchElementException();
    ReadItem item = pending;
    pending = null;
    return item;
  }

  private ReadItem nextLine() {
    while (true) {
      LineInput.Line line;
      try {
        line = lines.next();
      } catch (IOException e) {
        done = true;
        return new Reject(sourceUri + "#line:" + (lines.lineNumber() + 1), "io_error", message(e));
      }
      if (line == null) {
        done = true;
        return null;
      }
      String source = sourceUri + "#line:" + lines.lineNumber();
      if (line.tooLong()) {
        return new Reject(source, "too_large", "line longer than " + lines.maxBytes() + " bytes");
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

  private ReadItem nextElement() {
    try {
      if (arrayParser == null) {
        arrayParser = mapper.getFactory().createParser(in);
        if (arrayParser.nextToken() != JsonToken.START_ARRAY) {
          done = true;
          return new Reject(sourceUri, "bad_json", "expected a JSON array of articles");
        }
      }
      JsonToken t = arrayParser.nextToken();
      if (t == null || t == JsonToken.END_ARRAY) {
        done = true;
        return null;
      }
      ordinal++;
      String source = sourceUri + "#item:" + ordinal;
      if (t != JsonToken.START_OBJECT) {
        arrayParser.skipChildren();
        return new Reject(source, "bad_json", "array element is " + t + ", not an object");
      }
      JsonNode node = mapper.readTree(arrayParser);
      return fields.toItem(node, source);
    } catch (JsonProcessingException e) {
      // a streaming parser cannot find the next element after broken syntax: the file ends here
      done = true;
      return new Reject(sourceUri + "#item:" + Math.max(1, ordinal), "bad_json", jsonMessage(e));
    } catch (IOException | RuntimeException e) {
      done = true;
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
    done = true;
    pending = null;
    if (arrayParser != null) arrayParser.close();
    in.close();
  }
}
