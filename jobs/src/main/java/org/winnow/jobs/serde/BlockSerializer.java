package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.winnow.model.Block;

/**
 * Kryo serializer for a block, written field by field: its position and numbers as varints, its
 * text as a string, its key as a long (read back as stored, not computed again from the text), and
 * its tag, tag path and class and id tokens as {@link SharedStrings} of the record, since a page's
 * blocks share a few of each (every link of a menu sits under the same ancestors). There are
 * hundreds of blocks a page: Kryo's field serializer spent a fifth of a block's time on reflection
 * (checked field access, instantiation), and set the key without the constructor only by reaching
 * into the final field, which {@link Block#stored} now does in the open.
 *
 * <pre>{@code
 * block 3 "Sport" a body>nav>ul>li>a "menu" (after a block under the same path)
 *   -> 3 "Sport" #1 #2 #3 depth linkChars linkCount leadLinkChars flags key
 * }</pre>
 */
final class BlockSerializer extends Serializer<Block> {
  BlockSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, Block b) {
    output.writeVarInt(b.position(), true);
    output.writeString(b.text());
    SharedStrings.writeShared(kryo, output, b.tag());
    SharedStrings.writeShared(kryo, output, b.tagPath());
    SharedStrings.writeShared(kryo, output, b.classIdTokens());
    writeNumbers(output, b);
  }

  @Override
  public Block read(Kryo kryo, Input input, Class<Block> type) {
    int position = input.readVarInt(true);
    String text = input.readString();
    String tag = SharedStrings.readShared(kryo, input);
    String tagPath = SharedStrings.readShared(kryo, input);
    String classIdTokens = SharedStrings.readShared(kryo, input);
    return readNumbers(input, position, text, tag, tagPath, classIdTokens);
  }

  /**
   * A block's numbers after its strings, as both this serializer and {@link PageSerializer} write
   * them: depth, link characters, links, leading link characters and flags as varints, the key as a
   * long.
   */
  static void writeNumbers(Output output, Block b) {
    output.writeVarInt(b.depth(), true);
    output.writeVarInt(b.linkChars(), true);
    output.writeVarInt(b.linkCount(), true);
    output.writeVarInt(b.leadLinkChars(), true);
    output.writeVarInt(b.flags(), true);
    output.writeLong(b.key());
  }

  /** The block whose strings were read, with the numbers {@link #writeNumbers} wrote after them. */
  static Block readNumbers(
      Input input, int position, String text, String tag, String tagPath, String classIdTokens) {
    int depth = input.readVarInt(true);
    int linkChars = input.readVarInt(true);
    int linkCount = input.readVarInt(true);
    int leadLinkChars = input.readVarInt(true);
    int flags = input.readVarInt(true);
    long key = input.readLong();
    return Block.stored(
        position,
        text,
        tag,
        tagPath,
        classIdTokens,
        depth,
        linkChars,
        linkCount,
        leadLinkChars,
        flags,
        key);
  }
}
