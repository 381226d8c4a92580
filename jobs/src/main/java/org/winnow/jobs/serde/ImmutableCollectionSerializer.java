package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kryo serializers for the JDK's unmodifiable collections ({@code List.of}, {@code List.copyOf},
 * {@code Stream.toList}, {@code Set.of}, {@code Map.of} and the {@code Collections.unmodifiable*}
 * views), which Kryo's collection serializers would try to fill with {@code add} and fail on. They
 * come back unmodifiable, with the same elements in the same iteration order. Sorted views are not
 * among them: they would come back unsorted.
 *
 * <pre>{@code
 * List.of("a", "b") -> size 2, "a", "b" -> an unmodifiable ["a", "b"]
 * }</pre>
 */
final class ImmutableCollectionSerializer {
  private ImmutableCollectionSerializer() {}

  /** Every unmodifiable list class; elements may be null (as {@code Stream.toList} allows). */
  static final class Lists extends Serializer<List<?>> {
    Lists() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, List<?> list) {
      writeElements(kryo, output, list);
    }

    @Override
    public List<?> read(Kryo kryo, Input input, Class<List<?>> type) {
      Object[] elements = readElements(kryo, input);
      for (Object e : elements) {
        if (e == null) return Collections.unmodifiableList(Arrays.asList(elements));
      }
      return List.of(elements);
    }
  }

  /** Every unmodifiable set class. */
  static final class Sets extends Serializer<Set<?>> {
    Sets() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, Set<?> set) {
      writeElements(kryo, output, set);
    }

    @Override
    public Set<?> read(Kryo kryo, Input input, Class<Set<?>> type) {
      return Collections.unmodifiableSet(
          new LinkedHashSet<>(Arrays.asList(readElements(kryo, input))));
    }
  }

  /** Every unmodifiable map class. */
  static final class Maps extends Serializer<Map<?, ?>> {
    Maps() {
      setImmutable(true);
    }

    @Override
    public void write(Kryo kryo, Output output, Map<?, ?> map) {
      output.writeVarInt(map.size(), true);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        kryo.writeClassAndObject(output, e.getKey());
        kryo.writeClassAndObject(output, e.getValue());
      }
    }

    @Override
    public Map<?, ?> read(Kryo kryo, Input input, Class<Map<?, ?>> type) {
      int size = input.readVarInt(true);
      Map<Object, Object> out = new LinkedHashMap<>(Math.max(4, size * 2));
      for (int i = 0; i < size; i++) {
        Object key = kryo.readClassAndObject(input);
        out.put(key, kryo.readClassAndObject(input));
      }
      return Collections.unmodifiableMap(out);
    }
  }

  private static void writeElements(Kryo kryo, Output output, Collection<?> elements) {
    output.writeVarInt(elements.size(), true);
    for (Object e : elements) kryo.writeClassAndObject(output, e);
  }

  private static Object[] readElements(Kryo kryo, Input input) {
    Object[] out = new Object[input.readVarInt(true)];
    for (int i = 0; i < out.length; i++) out[i] = kryo.readClassAndObject(input);
    return out;
  }

  /**
   * The classes behind the JDK's unmodifiable lists, sets and maps, found by making one of each.
   */
  static List<Class<?>> listClasses() {
    List<Object> samples = new ArrayList<>();
    samples.add(List.of());
    samples.add(List.of(1));
    samples.add(List.of(1, 2, 3));
    samples.add(List.of(1, 2, 3).subList(0, 2));
    samples.add(Arrays.asList(1, (Integer) null).stream().toList());
    samples.add(Collections.unmodifiableList(new ArrayList<>()));
    samples.add(Collections.unmodifiableList(new java.util.LinkedList<>()));
    return classesOf(samples);
  }

  /** The classes behind the JDK's unmodifiable sets (not the sorted ones). */
  static List<Class<?>> setClasses() {
    return classesOf(
        List.of(
            Set.of(), Set.of(1), Set.of(1, 2, 3), Collections.unmodifiableSet(new HashSet<>())));
  }

  /** The classes behind the JDK's unmodifiable maps (not the sorted ones). */
  static List<Class<?>> mapClasses() {
    return classesOf(
        List.of(
            Map.of(),
            Map.of(1, 1),
            Map.of(1, 1, 2, 2),
            Collections.unmodifiableMap(new HashMap<>())));
  }

  private static List<Class<?>> classesOf(List<?> samples) {
    List<Class<?>> out = new ArrayList<>();
    for (Object s : samples) if (!out.contains(s.getClass())) out.add(s.getClass());
    return out;
  }
}
