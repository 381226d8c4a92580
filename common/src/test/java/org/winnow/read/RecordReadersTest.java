package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.winnow.settings.Settings;

class RecordReadersTest {
  @Test
  void survivesJavaSerializationAsSparkShipsItToExecutors() throws Exception {
    RecordReaders readers =
        new RecordReaders(Settings.defaults().with(Map.of("input.json.text_fields", "body")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(readers);
    }
    RecordReaders copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (RecordReaders) in.readObject();
    }

    Drain d =
        Drain.of(copy, "file:/a.jsonl", new ByteArrayInputStream(Warcs.utf8("{\"body\":\"x\"}")));

    assertThat(d.records()).hasSize(1);
  }

  @Test
  void failsOnConstructionWhenNoJsonFieldCanHoldABody() {
    Settings none =
        Settings.defaults()
            .with(Map.of("input.json.text_fields", "", "input.json.html_fields", ""));

    assertThatThrownBy(() -> new RecordReaders(none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input.json.text_fields");
  }

  @Test
  void closesTheInputWhenTheStreamIsClosed() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(Warcs.utf8("{\"text\":\"x\"}")) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    Drain.DEFAULT.open("file:/a.jsonl", in).close();

    assertThat(closed[0]).isTrue();
  }
}
