package org.winnow.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.winnow.model.ReadItem;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

/** TEMPORARY minimal reader (txt/html only) until the readers branch lands. */
public final class RecordReaders implements Serializable {
  private static final long serialVersionUID = 1L;

  public RecordReaders(Settings settings) {}

  public RecordStream open(String sourceUri, InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    ReadItem item =
        sourceUri.endsWith(".txt")
            ? SourceRecord.text(sourceUri, sourceUri, new String(bytes, StandardCharsets.UTF_8))
            : SourceRecord.html(sourceUri, sourceUri, bytes, null, null);
    var it = List.of(item).iterator();
    return new RecordStream() {
      public boolean hasNext() {
        return it.hasNext();
      }

      public ReadItem next() {
        return it.next();
      }

      public void close() {}
    };
  }
}
