package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArcHeaderRepairTest {
  private static String repaired(String line) {
    WarcHeaderRepair.Repaired r = ArcHeaderRepair.repair(line);
    return r == null ? null : new String(r.header(), StandardCharsets.ISO_8859_1);
  }

  @Test
  void dropsTheCarriageReturnThatEndsAnArcV1Line() {
    assertThat(repaired("http://a.example/ 127.0.0.1 19961104142103 text/html 208\r"))
        .isEqualTo("http://a.example/ 127.0.0.1 19961104142103 text/html 208\n");
  }

  @Test
  void givesTheLengthOfTheBlockThatFollows() {
    assertThat(ArcHeaderRepair.repair("filedesc://x.arc 0 19960923142103 text/plain 76\r"))
        .extracting(WarcHeaderRepair.Repaired::contentLength)
        .isEqualTo(76L);
  }

  @Test
  void repairsAnArcV2LineOfTenFields() {
    assertThat(repaired("http://a.example/ 1.2.3.4 19961104142103 text/html 200 - - 0 x.arc 9\r"))
        .endsWith(" 9\n");
  }

  @Test
  void refusesALineJwarcWouldReadOrThatIsNoArcHeader() {
    assertThat(repaired("http://a.example/ 127.0.0.1 19961104142103 text/html 208")).isNull();
    assertThat(repaired("http://a.example/ 127.0.0.1 1996 text/html 208\r")).isNull();
    assertThat(repaired("http://a.example/ 127.0.0.1 19961104142103 text/html many\r")).isNull();
    assertThat(repaired("HTTP/1.0 200 Document follows\r")).isNull();
    assertThat(repaired("http://a.example/ 127.0.0.1\t19961104142103 text/html 208\r")).isNull();
  }

  @Test
  void readsTheLineAfterTheBlankLineEndsOfTheRecordBefore() throws IOException {
    byte[] bytes =
        "\r\nhttp://a.example/ 127.0.0.1 19961104142103 text/html 5\r\nhello"
            .getBytes(StandardCharsets.ISO_8859_1);

    WarcHeaderRepair.Repaired r = ArcHeaderRepair.read(new ByteArrayInputStream(bytes));

    assertThat(r.contentLength()).isEqualTo(5);
    assertThat(new String(r.header(), StandardCharsets.ISO_8859_1)).startsWith("http://a.example/");
  }
}
