package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Kryo serializer for any Java record: writes its components in declaration order and reads them
 * back through the canonical constructor, as Java serialisation does for records. Kryo 4's field
 * serializer cannot set a record's final fields, so every record that Spark shuffles or caches goes
 * through this one.
 *
 * <pre>{@code
 * kryo.addDefaultSerializer(Record.class, RecordSerializer.class);
 * // new BlockStats(3, 2, 0) -> varints 3, 2, 0 -> new BlockStats(3, 2, 0)
 * }</pre>
 */
public final class RecordSerializer<T extends Record> extends Serializer<T> {
  private final Method[] accessors;
  private final Class<?>[] types;
  private final Constructor<T> constructor;

  /**
   * The serializer of record class {@code type}; Kryo calls this through its default serializers.
   */
  public RecordSerializer(Kryo kryo, Class<T> type) {
    setImmutable(true);
    RecordComponent[] components = type.getRecordComponents();
    if (components == null) throw new IllegalArgumentException(type + " is not a record");
    accessors = new Method[components.length];
    types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      accessors[i] = components[i].getAccessor();
      accessors[i].setAccessible(true);
      types[i] = components[i].getType();
    }
    try {
      constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type + " has no canonical constructor", e);
    }
  }

  @Override
  public void write(Kryo kryo, Output output, T record) {
    try {
      for (int i = 0; i < accessors.length; i++) {
        Object value = accessors[i].invoke(record);
        Class<?> t = types[i];
        if (t == int.class) output.writeVarInt((Integer) value, false);
        else if (t == long.class) output.writeVarLong((Long) value, false);
        else if (t == double.class) output.writeDouble((Double) value);
        else if (t == boolean.class) output.writeBoolean((Boolean) value);
        else if (t == float.class) output.writeFloat((Float) value);
        else if (t == String.class) output.writeString((String) value);
        else if (t.isPrimitive()) kryo.writeObject(output, value);
        else kryo.writeClassAndObject(output, value);
      }
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new KryoException("cannot read the components of " + record.getClass(), e);
    }
  }

  @Override
  public T read(Kryo kryo, Input input, Class<T> type) {
    Object[] values = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      if (t == int.class) values[i] = input.readVarInt(false);
      else if (t == long.class) values[i] = input.readVarLong(false);
      else if (t == double.class) values[i] = input.readDouble();
      else if (t == boolean.class) values[i] = input.readBoolean();
      else if (t == float.class) values[i] = input.readFloat();
      else if (t == String.class) values[i] = input.readString();
      else if (t.isPrimitive()) values[i] = kryo.readObject(input, wrapper(t));
      else values[i] = kryo.readClassAndObject(input);
    }
    try {
      return constructor.newInstance(values);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new KryoException("cannot construct " + type, e);
    }
  }

  private static Class<?> wrapper(Class<?> primitive) {
    if (primitive == short.class) return Short.class;
    if (primitive == byte.class) return Byte.class;
    return Character.class;
  }
}
