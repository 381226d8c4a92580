package org.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ThroughputTest {

  @Test
  void everyMeasuredPassVisitsEveryItemOnce() {
    AtomicIntegerArray visits = new AtomicIntegerArray(50);
    Throughput.Result r;
    try (Throughput t = new Throughput(2, 0, 0.05)) {
      r = t.measure(50, () -> i -> visits.incrementAndGet(i));
    }
    // One warm-up pass (zero seconds still runs one) plus the measured passes.
    for (int i = 0; i < 50; i++) assertThat(visits.get(i)).isEqualTo(r.passes() + 1);
    assertThat(r.items()).isEqualTo(50L * r.passes());
  }

  @Test
  void aFailingTaskStopsTheMeasurementWithItsCause() {
    try (Throughput t = new Throughput(2, 0, 0.05)) {
      assertThatThrownBy(
              () ->
                  t.measure(
                      3,
                      () ->
                          i -> {
                            throw new IllegalStateException("page " + i + " broke");
                          }))
          .hasMessageContaining("broke");
    }
  }

  @Test
  void refusesZeroThreads() {
    assertThatThrownBy(() -> new Throughput(0, 1, 1)).hasMessageContaining("threads");
  }

  @Test
  void interleavedJobsAreMeasuredInTheSameNumberOfRounds() {
    Map<String, Throughput.Job> jobs = new LinkedHashMap<>();
    jobs.put("fast", new Throughput.Job(10, () -> i -> i));
    jobs.put("slow", new Throughput.Job(10, () -> i -> sleepMillis(2)));
    Map<String, Throughput.Result> r;
    try (Throughput t = new Throughput(2, 0, 0.05)) {
      r = t.measureInterleaved(jobs);
    }
    assertThat(r.get("fast").passes()).isEqualTo(r.get("slow").passes()).isPositive();
    assertThat(r.get("slow").perSecond()).isLessThan(r.get("fast").perSecond());
  }

  @Test
  void cpuTimeCountsWorkNotWaiting() {
    Map<String, Throughput.Job> jobs = new LinkedHashMap<>();
    jobs.put("spin", new Throughput.Job(10, () -> i -> spinMillis(2)));
    jobs.put("sleep", new Throughput.Job(10, () -> i -> sleepMillis(2)));
    Map<String, Throughput.Result> r;
    try (Throughput t = new Throughput(2, 0, 0.05)) {
      r = t.measureInterleaved(jobs);
    }
    assertThat(r.get("spin").cpuPerItem()).isGreaterThan(0.001);
    assertThat(r.get("sleep").cpuPerItem()).isLessThan(0.0005);
  }

  private static long spinMillis(long ms) {
    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long end = cpu + ms * 1_000_000;
    long n = 0;
    while (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
        < end) {
      n++;
    }
    return n;
  }

  private static long sleepMillis(long ms) throws InterruptedException {
    Thread.sleep(ms);
    return ms;
  }
}
