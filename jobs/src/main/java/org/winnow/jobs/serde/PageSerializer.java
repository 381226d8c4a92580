package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.winnow.model.Block;
import org.winnow.model.Page;

/**
 * Kryo serializer for a parsed page, written whole: its metadata, its notes and its blocks in a
 * row, each block's tag, tag path and class and id tokens as numbers into a table of the page's own
 * (a page's blocks share a few of each), its text as UTF-8. Every page is written to the cache of
 * parsed pages once and read back once, every classified page written once and read twice: through
 * {@link RecordSerializer}, the page's blocks went one by one with their class, and their repeated
 * strings through a table in Kryo's graph context, looked up for every string.
 *
 * <pre>{@code
 * page d1 with blocks "Sport" li body>nav>ul>li "menu", "Rain" li body>nav>ul>li "menu"
 *   -> d1 ... 2, "Sport" 0 "li" 0 "body>nav>ul>li" 0 "menu" numbers key, "Rain" 1 2 3 numbers key
 * }</pre>
 *
 * <p>A block's position is not written: a page's blocks are at their index ({@link Page}).
 */
final class PageSerializer extends Serializer<Page> {
  private final Utf8.Table written = new Utf8.Table();
  private final List<String> read = new ArrayList<>();

  PageSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, Page p) {
    Utf8.write(output, p.docId());
    Utf8.write(output, p.source());
    Utf8.write(output, p.url());
    Utf8.write(output, p.host());
    Utf8.write(output, p.title());
    writeInstant(output, p.publishedAt());
    Utf8.write(output, p.author());
    Utf8.write(output, p.language());
    Utf8.write(output, p.structuredBody());
    output.writeVarInt(p.notes().size(), true);
    for (String note : p.notes()) Utf8.write(output, note);
    List<Block> blocks = p.blocks();
    output.writeVarInt(blocks.size(), true);
    written.clear();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Utf8.write(output, b.text());
      written.write(output, b.tag());
      written.write(output, b.tagPath());
      written.write(output, b.classIdTokens());
      BlockSerializer.writeNumbers(output, b);
    }
  }

  @Override
  public Page read(Kryo kryo, Input input, Class<Page> type) {
    String docId = Utf8.read(input);
    String source = Utf8.read(input);
    String url = Utf8.read(input);
    String host = Utf8.read(input);
    String title = Utf8.read(input);
    Instant publishedAt = readInstant(input);
    String author = Utf8.read(input);
    String language = Utf8.read(input);
    String structuredBody = Utf8.read(input);
    int noteCount = input.readVarInt(true);
    List<String> notes = new ArrayList<>(noteCount);
    for (int i = 0; i < noteCount; i++) notes.add(Utf8.read(input));
    Block[] blocks = new Block[input.readVarInt(true)];
    read.clear();
    for (int i = 0; i < blocks.length; i++) {
      String text = Utf8.read(input);
      String tag = Utf8.readShared(input, read);
      String tagPath = Utf8.readShared(input, read);
      String classIdTokens = Utf8.readShared(input, read);
      blocks[i] = BlockSerializer.readNumbers(input, i, text, tag, tagPath, classIdTokens);
    }
    read.clear();
    return new Page(
        docId,
        source,
        url,
        host,
        title,
        publishedAt,
        author,
        language,
        structuredBody,
        List.of(blocks),
        notes);
  }

  /** An instant as 0 for null, else its epoch second and nanosecond after a 1. */
  static void writeInstant(Output output, Instant t) {
    if (t == null) {
      output.writeBoolean(false);
      return;
    }
    output.writeBoolean(true);
    output.writeVarLong(t.getEpochSecond(), false);
    output.writeVarInt(t.getNano(), true);
  }

  static Instant readInstant(Input input) {
    if (!input.readBoolean()) return null;
    long seconds = input.readVarLong(false);
    return Instant.ofEpochSecond(seconds, input.readVarInt(true));
  }
}
