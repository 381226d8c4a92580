package org.winnow.segment;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of tag or class names, as {@link java.util.Set#of} makes one, whose {@link
 * #contains} finds a slot by a multiply and a shift where {@code Set.of}'s divides: the segmenter
 * asks several such sets about every tag of a page.
 *
 * <pre>{@code
 * NameSet.of("p", "li").contains("li") -> true
 * NameSet.of("p", "li").contains("ul") -> false
 * }</pre>
 *
 * <p>Like {@code Set.of}: no null or duplicate names, and {@code contains(null)} throws.
 */
final class NameSet extends AbstractSet<String> {
  private final List<String> names;
  private final String[] table;
  private final int mask;

  /** 32 minus the bits of a slot number: {@link #slot} keeps the top bits of the product. */
  private final int shift;

  private NameSet(List<String> names) {
    this.names = names;
    int capacity = Integer.highestOneBit(Math.max(2, names.size()) * 4 - 1) << 1;
    this.table = new String[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    for (String name : names) {
      int slot = slot(name.hashCode());
      while (table[slot] != null) {
        if (table[slot].equals(name)) throw new IllegalArgumentException("duplicate " + name);
        slot = (slot + 1) & mask;
      }
      table[slot] = name;
    }
  }

  /** The set of {@code names}. */
  static NameSet of(String... names) {
    return new NameSet(List.of(names));
  }

  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      Objects.requireNonNull(o);
      return false;
    }
    int slot = slot(s.hashCode());
    for (String k = table[slot]; k != null; k = table[slot = (slot + 1) & mask]) {
      if (k == s || k.equals(s)) return true;
    }
    return false;
  }

  @Override
  public Iterator<String> iterator() {
    return names.iterator();
  }

  @Override
  public int size() {
    return names.size();
  }
}
