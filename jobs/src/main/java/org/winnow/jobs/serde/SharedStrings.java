package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kryo serializer for strings that repeat within one record: each is written in full the first time
 * the record uses it and as its number after. The numbers live in Kryo's graph context, which Kryo
 * clears after every record it writes or reads at the top level, so that a record is read back
 * alone, as Spark reads cached and shuffled records. A page's blocks share a few tag paths and
 * class tokens (every link of a menu sits under the same ancestors), and its verdicts a few kinds
 * and reasons; written this way, a page takes a fraction of the bytes and reads back one string per
 * distinct value.
 *
 * <pre>{@code
 * "body>nav>ul>li", "body>nav>ul>li", "body>p" in one record
 *   -> 0 "body>nav>ul>li", 1, 0 "body>p"
 * }</pre>
 */
final class SharedStrings extends Serializer<String> {
  /** The graph context key of this record's strings (a map when writing, a list when reading). */
  private static final String CONTEXT_KEY = SharedStrings.class.getName();

  SharedStrings() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, String s) {
    writeShared(kryo, output, s);
  }

  @Override
  public String read(Kryo kryo, Input input, Class<String> type) {
    return readShared(kryo, input);
  }

  /** Writes {@code s}: 0 and the string the first time, its 1-based number after. */
  @SuppressWarnings("unchecked")
  static void writeShared(Kryo kryo, Output output, String s) {
    Map<String, Integer> seen = (Map<String, Integer>) kryo.getGraphContext().get(CONTEXT_KEY);
    if (seen == null) {
      seen = new HashMap<>();
      kryo.getGraphContext().put(CONTEXT_KEY, seen);
    }
    Integer number = seen.get(s);
    if (number != null) {
      output.writeVarInt(number, true);
      return;
    }
    seen.put(s, seen.size() + 1);
    output.writeVarInt(0, true);
    output.writeString(s);
  }

  /** Reads what {@link #writeShared} wrote. */
  @SuppressWarnings("unchecked")
  static String readShared(Kryo kryo, Input input) {
    List<String> seen = (List<String>) kryo.getGraphContext().get(CONTEXT_KEY);
    if (seen == null) {
      seen = new ArrayList<>();
      kryo.getGraphContext().put(CONTEXT_KEY, seen);
    }
    int number = input.readVarInt(true);
    if (number > 0) return seen.get(number - 1);
    String s = input.readString();
    seen.add(s);
    return s;
  }
}
