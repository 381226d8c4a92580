package org.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class L3sGoldTest {
  private static final String PAGE =
      "<body><span class=\"x-nc-sel1\">Rain</span> <span class=\"x-nc-sel2\">Café «crème» all"
          + " day.</span><span class=\"x-nc-sel5\">Nice!</span></body>";

  @Test
  void readsAnAnnotatedCopyAsUtf8(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.html");
    Files.write(f, PAGE.getBytes(StandardCharsets.UTF_8));
    assertThat(L3sGold.read(f).goldText()).isEqualTo("Rain Café «crème» all day. ");
  }

  @Test
  void readsAnAnnotatedCopyThatIsNotUtf8AsLatin1(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.html");
    Files.write(f, PAGE.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(L3sGold.read(f).goldText()).isEqualTo("Rain Café «crème» all day. ");
  }
}
