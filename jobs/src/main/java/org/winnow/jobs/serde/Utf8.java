package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Strings as the page serializers write them: their UTF-8 bytes after their length plus one (0 for
 * null), encoded and decoded by the JDK. Kryo's own strings go character by character through its
 * buffer, which for text that is not all ASCII (most pages: accents, curly quotes) cost several
 * times the JDK's conversions; and a table of the strings one record repeats.
 *
 * <pre>{@code
 * "Zürich" -> 8, 5A C3 BC 72 69 63 68;  null -> 0
 * }</pre>
 */
final class Utf8 {
  private Utf8() {}

  static void write(Output output, String s) {
    if (s == null) {
      output.writeVarInt(0, true);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    output.writeVarInt(bytes.length + 1, true);
    output.writeBytes(bytes);
  }

  static String read(Input input) {
    int n = input.readVarInt(true);
    if (n == 0) return null;
    return new String(input.readBytes(n - 1), StandardCharsets.UTF_8);
  }

  /** Reads what {@link Table#write} wrote, adding a new string to {@code seen}. */
  static String readShared(Input input, List<String> seen) {
    int number = input.readVarInt(true);
    if (number > 0) return seen.get(number - 1);
    String s = read(input);
    seen.add(s);
    return s;
  }

  /**
   * The strings one record has written so far: a string the record repeats is written in full the
   * first time ({@code 0} and its bytes) and as its 1-based number after. Open addressing on the
   * strings' own (cached) hash codes, cleared between records without giving its arrays back.
   */
  static final class Table {
    private String[] keys = new String[64];
    private int[] numbers = new int[64];
    private int size;

    void clear() {
      if (size > 0) {
        Arrays.fill(keys, null);
        size = 0;
      }
    }

    void write(Output output, String s) {
      int mask = keys.length - 1;
      int at = s.hashCode() & mask;
      for (String k; (k = keys[at]) != null; at = (at + 1) & mask) {
        if (k == s || k.equals(s)) {
          output.writeVarInt(numbers[at], true);
          return;
        }
      }
      keys[at] = s;
      numbers[at] = ++size;
      output.writeVarInt(0, true);
      Utf8.write(output, s);
      if (size * 2 > keys.length) grow();
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldNumbers = numbers;
      keys = new String[oldKeys.length * 2];
      numbers = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] == null) continue;
        int at = oldKeys[i].hashCode() & mask;
        while (keys[at] != null) at = (at + 1) & mask;
        keys[at] = oldKeys[i];
        numbers[at] = oldNumbers[i];
      }
    }
  }
}
