package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReplayInputStreamTest {
  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) b[i] = (byte) i;
    return b;
  }

  @Test
  void replaysBytesAfterARewind() throws IOException {
    ReplayInputStream in = new ReplayInputStream(new ByteArrayInputStream(bytes(100)), 64);
    in.readNBytes(50);

    in.rewindTo(10);

    assertThat(in.read()).isEqualTo(10);
    assertThat(in.position()).isEqualTo(11);
  }

  @Test
  void replaysAcrossTheRingWrapAndThenContinuesWithNewBytes() throws IOException {
    ReplayInputStream in = new ReplayInputStream(new ByteArrayInputStream(bytes(200)), 64);
    in.readNBytes(150);

    in.rewindTo(100);

    byte[] again = in.readNBytes(60);
    assertThat(again[0]).isEqualTo((byte) 100);
    assertThat(again[59]).isEqualTo((byte) 159);
  }

  @Test
  void cannotRewindFurtherBackThanItsRing() throws IOException {
    ReplayInputStream in = new ReplayInputStream(new ByteArrayInputStream(bytes(200)), 64);
    in.readNBytes(150);

    assertThat(in.canRewindTo(80)).isFalse();
    assertThat(in.canRewindTo(86)).isTrue();
  }

  @Test
  void tellsWhenTheInputIsExhausted() throws IOException {
    ReplayInputStream in = new ReplayInputStream(new ByteArrayInputStream(bytes(3)), 64);
    in.readAllBytes();

    assertThat(in.exhausted()).isTrue();
  }
}
