package org.winnow.jobs.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did, stage by stage: records in and out, rejects and skips by reason, timings and the
 * settings in force. Written as {@code _report.json} beside the datasets and summarised for people
 * at the end of the run.
 */
public final class RunReport {
  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Long> timings = new LinkedHashMap<>();
  private final Map<String, Long> cpu = new LinkedHashMap<>();

  /** Sets a top-level value (a string, number, list or map). */
  public RunReport put(String key, Object value) {
    root.put(key, value);
    return this;
  }

  /** Sets {@code section.key}. */
  @SuppressWarnings("unchecked")
  public RunReport put(String section, String key, Object value) {
    ((Map<String, Object>) root.computeIfAbsent(section, k -> new LinkedHashMap<>()))
        .put(key, value);
    return this;
  }

  /** Records how long a stage took. */
  public void time(String stage, long millis) {
    timings.put(stage, millis);
  }

  /**
   * Records how long a stage took in wall time and in CPU time of the driver's process ({@code
   * cpu_ms}: in local mode every task's, see {@link StageClock}).
   */
  public void time(String stage, StageClock clock) {
    timings.put(stage, clock.wallMillis());
    long cpuMillis = clock.cpuMillis();
    if (cpuMillis >= 0) cpu.put(stage, cpuMillis);
  }

  /** A value set earlier, or null. */
  @SuppressWarnings("unchecked")
  public Object get(String section, String key) {
    Object s = root.get(section);
    return s instanceof Map ? ((Map<String, Object>) s).get(key) : null;
  }

  /** Counts sorted by key, for stable reports. */
  public static Map<String, Long> sorted(Map<String, Long> counts) {
    return new TreeMap<>(counts);
  }

  public Map<String, Long> timings() {
    return timings;
  }

  /** CPU time of the driver's process by stage, as {@link #time(String, StageClock)} took it. */
  public Map<String, Long> cpuTimings() {
    return cpu;
  }

  /** The report as pretty JSON. */
  public String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode node = mapper.valueToTree(root);
    node.set("timings_ms", mapper.valueToTree(timings));
    if (!cpu.isEmpty()) node.set("driver_cpu_ms", mapper.valueToTree(cpu));
    try {
      return mapper.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
