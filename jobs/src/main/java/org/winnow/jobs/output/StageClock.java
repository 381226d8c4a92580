package org.winnow.jobs.output;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Where a stage started, in wall time and in CPU time of the driver's process, so that the report
 * can say what each stage cost in both. In local mode the driver's process runs the tasks too, and
 * its CPU time is the whole job's: unlike wall time it barely moves when other work shares the
 * machine, which makes it the figure to compare runs by on a busy machine.
 *
 * <pre>{@code
 * StageClock c = StageClock.start();  // ... a stage ...
 * c.wallMillis() -> 12_400, c.cpuMillis() -> 23_100 (two cores busy most of the time)
 * }</pre>
 */
public final class StageClock {
  private final long wallStart;
  private final long cpuStart;

  private StageClock(long wallStart, long cpuStart) {
    this.wallStart = wallStart;
    this.cpuStart = cpuStart;
  }

  /** A clock started now. */
  public static StageClock start() {
    return new StageClock(System.nanoTime(), processCpuNanos());
  }

  /** Wall time since the start. */
  public long wallMillis() {
    return (System.nanoTime() - wallStart) / 1_000_000;
  }

  /**
   * CPU time of every thread of this process since the start (tasks, the JIT compiler, the
   * collector); -1 where the JVM cannot tell.
   */
  public long cpuMillis() {
    long now = processCpuNanos();
    return now < 0 || cpuStart < 0 ? -1 : (now - cpuStart) / 1_000_000;
  }

  /** CPU time of this process so far, -1 where the JVM cannot tell. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * Time this JVM's collectors have reported spending, pauses and concurrent cycles (wall time, not
   * CPU: the compiler's equivalent counts time waiting for a core, and is left out for that).
   */
  public static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
