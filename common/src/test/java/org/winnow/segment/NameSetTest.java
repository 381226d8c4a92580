package org.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameSetTest {
  @Test
  void holdsTheNamesItWasMadeOfAndNoOthers() {
    NameSet s = NameSet.of("p", "li", "blockquote");
    assertThat(s.contains("li")).isTrue();
    assertThat(s.contains(new String("blockquote".toCharArray()))).isTrue();
    assertThat(s.contains("ul")).isFalse();
    assertThat(s.contains("")).isFalse();
    assertThat(s.contains(3)).isFalse();
  }

  @Test
  void equalsTheSetOfTheSameNames() {
    String[] names = {"a", "b", "div", "section", "Aa", "BB", "table", "td", "th", "tr"};
    NameSet s = NameSet.of(names);
    assertThat(s).isEqualTo(Set.of(names)).hasSize(10);
    for (String n : names) assertThat(s.contains(n)).isTrue();
  }

  @Test
  void refusesDuplicatesAndNullAsSetOfDoes() {
    assertThatThrownBy(() -> NameSet.of("p", "p")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NameSet.of("p").contains(null))
        .isInstanceOf(NullPointerException.class);
  }
}
