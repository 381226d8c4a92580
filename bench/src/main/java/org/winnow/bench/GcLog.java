package org.winnow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The peak of a JVM's heap as its unified GC log ({@code -Xlog:gc:file=...}) saw it: the most used
 * before any collection, the most still live after one (what the program really held, since G1 lets
 * garbage grow up to the heap's size before collecting), and the most committed.
 *
 * <pre>{@code
 * // "[3.1s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 812M->95M(1024M) 9.1ms"
 * GcLog.peak(log); // Peak[usedMb=812, liveMb=95, committedMb=1024, collections=1]
 * }</pre>
 */
public final class GcLog {
  private GcLog() {}

  private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /** Heap peaks of one log. */
  public record Peak(long usedMb, long liveMb, long committedMb, long collections) {}

  public static Peak peak(Path log) throws IOException {
    long used = 0;
    long live = 0;
    long committed = 0;
    long collections = 0;
    try (Stream<String> lines = Files.lines(log)) {
      for (String line : (Iterable<String>) lines::iterator) {
        Matcher m = PAUSE.matcher(line);
        if (m.find()) {
          used = Math.max(used, Long.parseLong(m.group(1)));
          live = Math.max(live, Long.parseLong(m.group(2)));
          committed = Math.max(committed, Long.parseLong(m.group(3)));
          collections++;
        }
      }
    }
    return new Peak(used, live, committed, collections);
  }
}
