package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import java.lang.reflect.Field;
import org.winnow.model.Block;

/**
 * Kryo serializer for a block: Kryo's field serializer for its text and numbers, and its tag, tag
 * path and class and id tokens as {@link SharedStrings} of the record, since a page's blocks share
 * a few of each (every link of a menu sits under the same ancestors). Kryo's own string fields
 * cannot be given another serializer, so these three are taken out of the field serializer and
 * written after it.
 *
 * <pre>{@code
 * block 3 "Sport" a body>nav>ul>li>a "menu" (after a block under the same path)
 *   -> fields 3 "Sport" ..., then #1 #2 #3
 * }</pre>
 */
final class BlockSerializer extends FieldSerializer<Block> {
  private static final String[] SHARED = {"tag", "tagPath", "classIdTokens"};

  private final Field[] shared = new Field[SHARED.length];

  BlockSerializer(Kryo kryo) {
    super(kryo, Block.class);
    for (int i = 0; i < SHARED.length; i++) {
      removeField(SHARED[i]);
      try {
        shared[i] = Block.class.getDeclaredField(SHARED[i]);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("Block has no field " + SHARED[i], e);
      }
      shared[i].setAccessible(true);
    }
  }

  @Override
  public void write(Kryo kryo, Output output, Block b) {
    super.write(kryo, output, b);
    SharedStrings.writeShared(kryo, output, b.tag());
    SharedStrings.writeShared(kryo, output, b.tagPath());
    SharedStrings.writeShared(kryo, output, b.classIdTokens());
  }

  @Override
  public Block read(Kryo kryo, Input input, Class<Block> type) {
    Block b = super.read(kryo, input, type);
    try {
      for (Field f : shared) f.set(b, SharedStrings.readShared(kryo, input));
    } catch (IllegalAccessException e) {
      throw new KryoException("cannot set the layout of a block", e);
    }
    return b;
  }
}
