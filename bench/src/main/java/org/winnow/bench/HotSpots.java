package org.winnow.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The hot spots of a JFR recording: the methods most often on top of the sampled stacks (self
 * time), and the methods of our own code and our parsers most often anywhere on them (total time),
 * each as a share of all execution samples.
 *
 * <pre>
 * java ... org.winnow.bench.HotSpots job.jfr 20
 * self  12.4%  org.jsoup.parser.Tokeniser.read
 * ...
 * </pre>
 */
public final class HotSpots {
  private HotSpots() {}

  /** Frames whose inclusive time is worth a line: ours and the libraries that do our work. */
  private static final List<String> WATCHED =
      List.of(
          "org.winnow.", "org.jsoup.", "org.netpreserve.", "com.dynatrace.", "org.apache.lucene.");

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: HotSpots RECORDING.jfr [TOP]");
      System.exit(2);
    }
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    Map<String, Long> byPackage = new HashMap<>();
    long samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) continue;
      samples++;
      List<RecordedFrame> frames = st.getFrames();
      String leaf = name(frames.get(0));
      self.merge(leaf, 1L, Long::sum);
      byPackage.merge(packageOf(frames.get(0)), 1L, Long::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f);
        if (WATCHED.stream().anyMatch(n::startsWith) && seen.add(n)) total.merge(n, 1L, Long::sum);
      }
    }
    System.out.printf(Locale.ROOT, "%d execution samples in %s%n", samples, args[0]);
    print("self time by method (top of stack)", self, samples, top);
    print("self time by package", byPackage, samples, Math.min(top, 12));
    print(
        "total time of Winnow, jsoup, jwarc, hash4j, Lucene methods (anywhere on stack)",
        total,
        samples,
        top);
  }

  private static void print(String title, Map<String, Long> counts, long samples, int top) {
    System.out.println("-- " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(
            en ->
                System.out.printf(
                    Locale.ROOT, "%6.1f%%  %s%n", 100.0 * en.getValue() / samples, en.getKey()));
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static String packageOf(RecordedFrame f) {
    String type = f.getMethod().getType().getName();
    int dot = type.lastIndexOf('.');
    return dot < 0 ? "(default)" : type.substring(0, dot);
  }
}
