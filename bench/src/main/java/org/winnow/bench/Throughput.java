package org.winnow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Measures items per second of a task on a fixed pool of threads, after warming the JIT up: whole
 * passes over the items are run until the warm-up time is spent, then until the measuring time is
 * spent, and only the measured passes count.
 *
 * <pre>{@code
 * try (Throughput t = new Throughput(2, 15, 15)) {
 *   Throughput.Result r = t.measure(pages.size(), () -> i -> Jsoup.parse(html(i)).text().length());
 *   r.perSecond(); // 930.4
 * }
 * }</pre>
 */
public final class Throughput implements AutoCloseable {

  /**
   * Work on item {@code i}; returns a number derived from the result so it is not optimised away.
   */
  @FunctionalInterface
  public interface Task {
    long run(int item) throws Exception;
  }

  /**
   * What one measurement found: {@code cpuSeconds} is the CPU time the pool's threads spent on the
   * measured passes, which other load on the machine hardly changes (unlike {@code seconds}), and
   * {@code processCpuSeconds} the whole JVM's during them, garbage collection and the JIT included.
   */
  public record Result(
      int threads,
      int passes,
      long items,
      double seconds,
      double cpuSeconds,
      double processCpuSeconds,
      long checksum) {
    public double perSecond() {
      return items / seconds;
    }

    /** CPU seconds per item, summed over threads. */
    public double cpuPerItem() {
      return cpuSeconds / items;
    }

    /** The JVM's CPU seconds per item, garbage collection included. */
    public double processCpuPerItem() {
      return processCpuSeconds / items;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final int threads;
  private final double warmupSeconds;
  private final double measureSeconds;
  private final ExecutorService pool;

  public Throughput(int threads, double warmupSeconds, double measureSeconds) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    if (warmupSeconds < 0 || measureSeconds <= 0) {
      throw new IllegalArgumentException(
          "warm-up must be >= 0 and measuring > 0 seconds, got "
              + warmupSeconds
              + " and "
              + measureSeconds);
    }
    this.threads = threads;
    this.warmupSeconds = warmupSeconds;
    this.measureSeconds = measureSeconds;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /**
   * Runs passes over items {@code 0..items-1}; each thread gets its own task from {@code perThread}
   * (as a Spark task gets its own parser) and takes the next item until the pass is done.
   */
  public Result measure(int items, Supplier<Task> perThread) {
    List<Task> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) tasks.add(perThread.get());
    long deadline = System.nanoTime() + (long) (warmupSeconds * 1e9);
    long[] sums = new long[3]; // checksum, CPU nanos, process CPU nanos
    do {
      pass(items, tasks, sums);
    } while (System.nanoTime() < deadline);
    sums[1] = 0;
    sums[2] = 0;
    int passes = 0;
    long start = System.nanoTime();
    deadline = start + (long) (measureSeconds * 1e9);
    do {
      pass(items, tasks, sums);
      passes++;
    } while (System.nanoTime() < deadline);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(
        threads, passes, (long) passes * items, seconds, sums[1] / 1e9, sums[2] / 1e9, sums[0]);
  }

  /** A task to measure beside others: how many items one pass has, and a task per thread. */
  public record Job(int items, Supplier<Task> perThread) {}

  /**
   * Measures several jobs in alternating passes (one pass of each, round after round) after warming
   * each up, so that load from elsewhere on the machine slows them alike and their ratios hold. The
   * measuring lasts about the measuring time for each job.
   */
  public Map<String, Result> measureInterleaved(Map<String, Job> jobs) {
    Map<String, List<Task>> tasks = new LinkedHashMap<>();
    jobs.forEach(
        (name, job) -> {
          List<Task> perThread = new ArrayList<>();
          for (int t = 0; t < threads; t++) perThread.add(job.perThread().get());
          tasks.put(name, perThread);
        });
    // checksum, CPU nanos, process CPU nanos, nanos, passes
    Map<String, long[]> acc = new LinkedHashMap<>();
    for (Map.Entry<String, Job> e : jobs.entrySet()) {
      long deadline = System.nanoTime() + (long) (warmupSeconds * 1e9);
      long[] a = new long[5];
      do {
        pass(e.getValue().items(), tasks.get(e.getKey()), a);
      } while (System.nanoTime() < deadline);
      a[1] = 0;
      a[2] = 0;
      acc.put(e.getKey(), a);
    }
    long deadline = System.nanoTime() + (long) (measureSeconds * jobs.size() * 1e9);
    do {
      for (Map.Entry<String, Job> e : jobs.entrySet()) {
        long[] a = acc.get(e.getKey());
        long start = System.nanoTime();
        pass(e.getValue().items(), tasks.get(e.getKey()), a);
        a[3] += System.nanoTime() - start;
        a[4]++;
      }
    } while (System.nanoTime() < deadline);
    Map<String, Result> results = new LinkedHashMap<>();
    acc.forEach(
        (name, a) ->
            results.put(
                name,
                new Result(
                    threads,
                    (int) a[4],
                    a[4] * jobs.get(name).items(),
                    a[3] / 1e9,
                    a[1] / 1e9,
                    a[2] / 1e9,
                    a[0])));
    return results;
  }

  /**
   * One pass over the items; adds the tasks' checksum to {@code sums[0]}, their threads' CPU nanos
   * to [1] and the process's to [2].
   */
  private void pass(int items, List<Task> tasks, long[] sums) {
    long processCpu = PROCESS.getProcessCpuTime();
    AtomicInteger next = new AtomicInteger();
    List<Callable<long[]>> workers = new ArrayList<>();
    for (Task task : tasks) {
      workers.add(
          () -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long sum = 0;
            for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
              sum += task.run(i);
            }
            return new long[] {sum, THREADS.getCurrentThreadCpuTime() - cpu};
          });
    }
    try {
      for (Future<long[]> f : pool.invokeAll(workers)) {
        sums[0] += f.get()[0];
        sums[1] += f.get()[1];
      }
      sums[2] += PROCESS.getProcessCpuTime() - processCpu;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark task failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
