package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.winnow.model.SourceRecord;

/**
 * Prints the read-only throughput of the largest shared archives beside jwarc alone walking the
 * same records (a measurement, not a check). Throughput is per second of this thread's CPU time,
 * because wall-clock time on a shared machine measures the neighbours. Takes about 20 s, so it runs
 * only with {@code -Dwinnow.bench=true}.
 */
class ReadThroughputTest {
  private static final long PHASE_NANOS = 3_000_000_000L;

  @Test
  void printsReadThroughputOfTheLargestSharedArchives() throws IOException {
    Assumptions.assumeTrue(
        Boolean.getBoolean("winnow.bench"), "throughput is measured only with -Dwinnow.bench=true");
    for (String name :
        new String[] {
          "copycat__cc-arc-small-sample-1213893279526_0.arc",
          "rlehane__IAH-20080430204825-00000-blackbook.warc.gz"
        }) {
      Path f = SharedWarcFilesTest.shared(name);
      long size = Files.size(f);
      measure(f, size, ReadThroughputTest::readers); // JIT warm-up
      double ours = measure(f, size, ReadThroughputTest::readers);
      measure(f, size, ReadThroughputTest::jwarcOnly);
      double jwarc = measure(f, size, ReadThroughputTest::jwarcOnly);
      System.out.printf(
          "%-52s %6.1f MB/s winnow readers, %6.1f MB/s jwarc framing alone"
              + " (file bytes per CPU second)%n",
          name, ours, jwarc);
      assertThat(readers(f)).isPositive();
    }
  }

  private interface Pass {
    int run(Path f) throws IOException;
  }

  private static double measure(Path f, long size, Pass pass) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long bytes = 0;
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    while (System.nanoTime() - start < PHASE_NANOS) {
      pass.run(f);
      bytes += size;
    }
    return bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
  }

  /** Every item, touching each record's body as a consumer would. */
  private static int readers(Path f) throws IOException {
    int records = 0;
    try (InputStream in = Files.newInputStream(f);
        RecordStream s = Drain.DEFAULT.open(f.toUri().toString(), in)) {
      while (s.hasNext()) {
        if (s.next() instanceof SourceRecord r && r.size() > 0) records++;
      }
    }
    return records;
  }

  /** The floor: jwarc parsing headers and skipping every block, no payload work. */
  private static int jwarcOnly(Path f) throws IOException {
    int n = 0;
    try (WarcReader r = new WarcReader(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
      r.setLenient(true);
      while (r.next().isPresent()) n++;
    }
    return n;
  }
}
