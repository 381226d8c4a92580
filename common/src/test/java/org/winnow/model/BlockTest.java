package org.winnow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.text.TextKey;

class BlockTest {
  @Test
  void withoutLayoutKeepsTextTagAndKeyAndDropsTheRest() {
    Block b = new Block(3, "Home", "li", "body>nav>ul>li", "menu main", 4, 4, 1, 4, Block.IN_NAV);

    Block slim = b.withoutLayout();

    assertThat(List.of(slim.position(), slim.text(), slim.tag())).containsExactly(3, "Home", "li");
    assertThat(slim.key()).isEqualTo(TextKey.of("Home")).isNotZero();
    assertThat(slim.tagPath() + slim.classIdTokens()).isEmpty();
    assertThat(
            List.of(
                slim.depth(),
                slim.linkChars(),
                slim.linkCount(),
                slim.leadLinkChars(),
                slim.flags()))
        .containsOnly(0);
  }
}
