package org.winnow.dedup;

import org.winnow.settings.Setting;

/** Settings of syndicated-copy detection. */
public final class DedupSettings {
  private DedupSettings() {}

  public static final Setting<Boolean> ENABLED =
      Setting.bool("dedup.enabled", true, "group syndicated copies into stories");
}
