package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarcHeaderRepairTest {
  private static String repaired(String... lines) {
    WarcHeaderRepair.Repaired r = WarcHeaderRepair.repair(List.of(lines));
    return r == null ? null : new String(r.header(), StandardCharsets.UTF_8);
  }

  @Test
  void upperCasesTheVersionLineAndLowerCasesTheRecordType() {
    assertThat(repaired("warc/1.0", "warc-type: RESPONSE", "content-length: 5"))
        .isEqualTo("WARC/1.0\r\nwarc-type: response\r\ncontent-length: 5\r\n\r\n");
  }

  @Test
  void unfoldsContinuationLinesIntoTheFieldTheyContinue() {
    assertThat(repaired("WARC/0.17", "WARC-Target-URI:", " http://a/", "Content-Length:", "\t693"))
        .isEqualTo("WARC/0.17\r\nWARC-Target-URI: http://a/\r\nContent-Length: 693\r\n\r\n");
  }

  @Test
  void givesTheLengthOfTheBlockThatFollows() {
    assertThat(
            WarcHeaderRepair.repair(List.of("WARC/1.0", "Content-Length:  693 ")).contentLength())
        .isEqualTo(693);
  }

  @Test
  void refusesWhatIsNotAWarcHeader() {
    assertThat(repaired("HTTP/1.1 200 OK", "Content-Length: 5")).isNull();
    assertThat(repaired("WARC/1.0", "a line without a colon", "Content-Length: 5")).isNull();
    assertThat(repaired("WARC/1.0", " a continuation of nothing", "Content-Length: 5")).isNull();
  }

  @Test
  void refusesAMissingDuplicatedOrNonNumericLength() {
    assertThat(repaired("WARC/1.0", "WARC-Type: resource")).isNull();
    assertThat(repaired("WARC/1.0", "Content-Length: 2", "Content-Length: 3")).isNull();
    assertThat(repaired("WARC/1.0", "Content-Length: two")).isNull();
  }
}
