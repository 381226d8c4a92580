package org.winnow.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The settings of one run: an immutable, validated map from documented keys to values.
 *
 * <p>Every key must be one of {@link SettingsCatalog#all()}; an unknown key or a bad value fails on
 * construction with a message naming the key, so that a typo stops the driver before any work. A
 * {@code Settings} is {@link Serializable}: jobs hand it to executors as a field or a broadcast.
 *
 * <pre>{@code
 * Settings s = Settings.defaults().with(Map.of("dedup.bands", "16"));
 * s.get(DedupSettings.BANDS); // 16
 * }</pre>
 */
public final class Settings implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> overrides;

  private Settings(Map<String, String> overrides) {
    Map<String, Setting<?>> known = SettingsCatalog.byKey();
    Map<String, String> checked = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      String key = e.getKey().trim();
      Setting<?> setting = known.get(key);
      if (setting == null) {
        problems.add("unknown setting '" + key + "'" + SettingsCatalog.suggestion(key));
        continue;
      }
      try {
        setting.parse(e.getValue());
        checked.put(key, e.getValue().trim());
      } catch (IllegalArgumentException ex) {
        problems.add(ex.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    this.overrides = Collections.unmodifiableMap(checked);
  }

  /** All defaults. */
  public static Settings defaults() {
    return new Settings(Map.of());
  }

  /** Settings from {@code key=value} pairs, validated. */
  public static Settings of(Map<String, String> values) {
    return new Settings(values);
  }

  /** Settings read from a Java properties file, validated. */
  public static Settings load(Reader properties) throws IOException {
    Properties p = new Properties();
    p.load(properties);
    Map<String, String> m = new LinkedHashMap<>();
    for (String name : p.stringPropertyNames()) {
      m.put(name, p.getProperty(name));
    }
    return new Settings(m);
  }

  /** A copy with {@code values} laid over these. */
  public Settings with(Map<String, String> values) {
    Map<String, String> m = new TreeMap<>(overrides);
    m.putAll(values);
    return new Settings(m);
  }

  /** The value of {@code setting}: the one given, else its default. */
  public <T> T get(Setting<T> setting) {
    String text = overrides.get(setting.key());
    return setting.parse(text == null ? setting.defaultText() : text);
  }

  /** The keys set away from their defaults. */
  public Map<String, String> overrides() {
    return overrides;
  }

  /**
   * Every known key with the value in force, sorted by key: what a run writes beside its output.
   */
  public Map<String, String> effective() {
    Map<String, String> m = new TreeMap<>();
    for (Setting<?> s : SettingsCatalog.all()) {
      m.put(s.key(), overrides.getOrDefault(s.key(), s.defaultText()));
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Settings other && overrides.equals(other.overrides);
  }

  @Override
  public int hashCode() {
    return overrides.hashCode();
  }

  @Override
  public String toString() {
    return "Settings" + overrides;
  }
}
