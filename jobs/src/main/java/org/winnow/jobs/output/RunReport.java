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

  /** The report as pretty JSON. */
  public String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode node = mapper.valueToTree(root);
    node.set("timings_ms", mapper.valueToTree(timings));
    try {
      return mapper.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
