package org.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    assertThat(Csv.parse("id,text\n1,\"a, \"\"b\"\"\nc\"\r\n2,d\n"))
        .containsExactly(List.of("id", "text"), List.of("1", "a, \"b\"\nc"), List.of("2", "d"));
  }

  @Test
  void keepsEmptyFields() {
    assertThat(Csv.parse("a,,c")).containsExactly(List.of("a", "", "c"));
  }
}
