package org.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {

  @Test
  void peaksAreTheMostUsedBeforeAndTheMostLiveAfterACollection(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("gc.log");
    Files.writeString(
        log,
        """
        [0.010s][info][gc] Using G1
        [1.2s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 3.1ms
        [3.1s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 812M->95M(1024M) 9.1ms
        [4.0s][info][gc] GC(2) Pause Full (System.gc()) 300M->80M(2048M) 40.2ms
        """);
    assertThat(GcLog.peak(log)).isEqualTo(new GcLog.Peak(812, 95, 2048, 3));
  }
}
