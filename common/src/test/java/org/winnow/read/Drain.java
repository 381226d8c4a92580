package org.winnow.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;
import org.winnow.model.Skipped;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

/** Test helper: reads a whole input and keeps its items and counts. */
final class Drain {
  final List<ReadItem> items = new ArrayList<>();
  final Map<String, Integer> rejectReasons = new TreeMap<>();
  final Map<String, Integer> skipReasons = new TreeMap<>();
  int records;
  int rejects;
  int skips;

  static final RecordReaders DEFAULT = new RecordReaders(Settings.defaults());

  static Drain of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(DEFAULT, file.toUri().toString(), in);
    }
  }

  static Drain of(byte[] bytes, String uri) throws IOException {
    return of(DEFAULT, uri, new java.io.ByteArrayInputStream(bytes));
  }

  static Drain of(RecordReaders readers, String uri, InputStream in) throws IOException {
    Drain d = new Drain();
    try (RecordStream s = readers.open(uri, in)) {
      while (s.hasNext()) {
        ReadItem item = s.next();
        d.items.add(item);
        if (item instanceof SourceRecord) d.records++;
        else if (item instanceof Reject r) {
          d.rejects++;
          d.rejectReasons.merge(r.reason(), 1, Integer::sum);
        } else if (item instanceof Skipped sk) {
          d.skips++;
          d.skipReasons.merge(sk.reason(), 1, Integer::sum);
        }
      }
    }
    return d;
  }

  List<SourceRecord> records() {
    return items.stream()
        .filter(i -> i instanceof SourceRecord)
        .map(i -> (SourceRecord) i)
        .toList();
  }

  List<Reject> rejects() {
    return items.stream().filter(i -> i instanceof Reject).map(i -> (Reject) i).toList();
  }
}
