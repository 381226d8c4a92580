package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kryo serializer for a class whose {@code long[]} fields are often equal to one another: each
 * array equal to an earlier field's is written as that field's number, other fields as Kryo writes
 * them. A document's copy evidence carries its shingle set twice (strict and open) and its lead
 * twice, and on most pages no paragraph is stripped only by suspicion, so both are the same.
 *
 * <p>Every instance field is written, in declaration order, whatever the class holds: a field added
 * later travels without a change here.
 *
 * <pre>{@code
 * strict [3, 5, 9], open [3, 5, 9], strictLead [3], openLead [3]
 *   -> host, date, 1 [3, 5, 9], 2, 1 [3], 4
 * }</pre>
 */
final class SharedArraysSerializer<T> extends Serializer<T> {
  private final Field[] fields;

  SharedArraysSerializer(Class<T> type) {
    List<Field> own = new ArrayList<>();
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) continue;
      f.setAccessible(true);
      own.add(f);
    }
    this.fields = own.toArray(new Field[0]);
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, T value) {
    Object[] seen = new Object[fields.length];
    try {
      for (int i = 0; i < fields.length; i++) {
        Object v = fields[i].get(value);
        seen[i] = v;
        if (fields[i].getType() == long[].class) {
          // 0: null, 1: written here, k > 1: equal to field k - 2
          int same = v == null ? -2 : earlierEqual(seen, i);
          output.writeVarInt(same + 2, true);
          if (same == -1) kryo.writeObject(output, v);
        } else {
          kryo.writeClassAndObject(output, v);
        }
      }
    } catch (IllegalAccessException e) {
      throw new KryoException(e);
    }
  }

  private int earlierEqual(Object[] seen, int i) {
    for (int j = 0; j < i; j++) {
      if (fields[j].getType() == long[].class
          && seen[j] != null
          && Arrays.equals((long[]) seen[j], (long[]) seen[i])) {
        return j;
      }
    }
    return -1;
  }

  @Override
  public T read(Kryo kryo, Input input, Class<T> type) {
    T value = kryo.newInstance(type);
    Object[] read = new Object[fields.length];
    try {
      for (int i = 0; i < fields.length; i++) {
        Object v;
        if (fields[i].getType() == long[].class) {
          int mark = input.readVarInt(true);
          v = mark == 0 ? null : mark == 1 ? kryo.readObject(input, long[].class) : read[mark - 2];
        } else {
          v = kryo.readClassAndObject(input);
        }
        read[i] = v;
        fields[i].set(value, v);
      }
    } catch (IllegalAccessException e) {
      throw new KryoException(e);
    }
    return value;
  }
}
