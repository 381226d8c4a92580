package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.time.Instant;
import java.util.Arrays;
import org.winnow.dedup.CopyEvidence;
import org.winnow.dedup.Headline;

/**
 * Kryo serializer for {@link CopyEvidence} that writes the open set's hashes once and every other
 * set as positions in it: the strict set and both leads are subsets of the open set, and a position
 * is a byte or two where a hash is eight. The reading order is written as small numbers, the
 * figures by the step from one numbered shingle to the next.
 *
 * <p>Why: on most generated pages the template guard strips something only by suspicion, so the
 * strict set differs from the open one and was written in full beside it (25,073 of 30,000
 * documents, 353 shingles of 519 on average); the evidence is what dedup caches once per document
 * and ships once per partition of its candidate partners.
 *
 * <pre>{@code
 * open [3, 5, 9, 12], strict [5, 9], strictLead [5], openLead [3, 5], order [0, 1, 2, 3, 1]
 *   -> host, date, 4 hashes, strict in open at +1 +0, lead in open at +1, lead in open at +0 +0,
 *      order 5: 0 1 2 3 1, figures, headline keys, headline phrases in open, dateline
 * }</pre>
 */
final class CopyEvidenceSerializer extends Serializer<CopyEvidence> {
  private static final int NULL = 0;
  private static final int HASHES = 1;
  private static final int IN_OPEN = 2;
  private static final int SAME_AS_OPEN = 3;
  private static final int SAME_AS_STRICT_LEAD = 4;

  CopyEvidenceSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, CopyEvidence e) {
    output.writeString(e.host());
    Instant at = e.publishedAt();
    output.writeBoolean(at != null);
    if (at != null) {
      output.writeVarLong(at.getEpochSecond(), false);
      output.writeVarInt(at.getNano(), true);
    }
    long[] open = e.open();
    if (open == null) {
      output.writeVarInt(NULL, true);
    } else {
      output.writeVarInt(HASHES, true);
      writeHashes(output, open);
    }
    writeSet(output, e.strict(), open, true);
    writeSet(output, e.strictLead(), open, false);
    if (e.openLead() != null && Arrays.equals(e.openLead(), e.strictLead())) {
      output.writeVarInt(SAME_AS_STRICT_LEAD, true);
    } else {
      writeSet(output, e.openLead(), open, false);
    }
    int[] order = e.openOrder();
    output.writeVarInt(order == null ? 0 : order.length + 1, true);
    if (order != null) for (int i : order) output.writeVarInt(i, true);
    long[] figures = e.openFigures();
    output.writeVarInt(figures == null ? 0 : figures.length + 1, true);
    if (figures != null) {
      long position = 0;
      for (long f : figures) {
        // by reading position, so the step is small; signed, so that any order comes back
        output.writeVarLong((f >>> 32) - position, false);
        output.writeInt((int) f);
        position = f >>> 32;
      }
    }
    // the headline's keys are hashes (0 when none); its phrases are shingles of the open text
    Headline.Keys headline = e.headline();
    output.writeLong(headline.full());
    output.writeLong(headline.unlabelled());
    writeSet(output, e.headlinePhrases(), open, false);
    output.writeLong(e.dateline());
  }

  /** {@code set} as the open set, as positions in it, or as hashes when it is not a subset. */
  private static void writeSet(Output output, long[] set, long[] open, boolean mayBeOpen) {
    if (set == null) {
      output.writeVarInt(NULL, true);
      return;
    }
    if (mayBeOpen && open != null && Arrays.equals(set, open)) {
      output.writeVarInt(SAME_AS_OPEN, true);
      return;
    }
    int[] positions = open == null ? null : positions(set, open);
    if (positions == null) {
      output.writeVarInt(HASHES, true);
      writeHashes(output, set);
      return;
    }
    output.writeVarInt(IN_OPEN, true);
    output.writeVarInt(positions.length, true);
    int previous = -1;
    for (int p : positions) {
      output.writeVarInt(p - previous - 1, true);
      previous = p;
    }
  }

  /**
   * The rising positions in {@code open} of {@code set}'s hashes, found by one merge of the two
   * sorted sets; null when that finds some hash nowhere (not a subset, or not sorted alike).
   */
  static int[] positions(long[] set, long[] open) {
    int[] out = new int[set.length];
    int j = 0;
    for (int i = 0; i < set.length; i++) {
      while (j < open.length && open[j] < set[i]) j++;
      if (j == open.length || open[j] != set[i]) return null;
      out[i] = j++;
    }
    return out;
  }

  private static void writeHashes(Output output, long[] hashes) {
    output.writeVarInt(hashes.length, true);
    // the bytes of writeLong one by one, copied at once by Spark's unsafe Kryo streams
    output.writeLongs(hashes);
  }

  @Override
  public CopyEvidence read(Kryo kryo, Input input, Class<CopyEvidence> type) {
    String host = input.readString();
    Instant at = null;
    if (input.readBoolean())
      at = Instant.ofEpochSecond(input.readVarLong(false), input.readVarInt(true));
    long[] open = input.readVarInt(true) == NULL ? null : readHashes(input);
    long[] strict = readSet(input, open, null);
    long[] strictLead = readSet(input, open, null);
    long[] openLead = readSet(input, open, strictLead);
    int orderLength = input.readVarInt(true);
    int[] order = null;
    if (orderLength > 0) {
      order = new int[orderLength - 1];
      for (int i = 0; i < order.length; i++) order[i] = input.readVarInt(true);
    }
    int figuresLength = input.readVarInt(true);
    long[] figures = null;
    if (figuresLength > 0) {
      figures = new long[figuresLength - 1];
      long position = 0;
      for (int i = 0; i < figures.length; i++) {
        position += input.readVarLong(false);
        figures[i] = position << 32 | (input.readInt() & 0xffffffffL);
      }
    }
    Headline.Keys headline = new Headline.Keys(input.readLong(), input.readLong());
    if (!headline.present() && headline.unlabelled() == 0) headline = Headline.Keys.NONE;
    long[] phrases = readSet(input, open, null);
    long dateline = input.readLong();
    return new CopyEvidence(
        host,
        at,
        strict,
        open,
        strictLead,
        openLead,
        order,
        figures,
        headline,
        phrases == null ? new long[0] : phrases,
        dateline);
  }

  private static long[] readSet(Input input, long[] open, long[] strictLead) {
    int mark = input.readVarInt(true);
    switch (mark) {
      case NULL:
        return null;
      case HASHES:
        return readHashes(input);
      case SAME_AS_OPEN:
        return open;
      case SAME_AS_STRICT_LEAD:
        return strictLead;
      default:
        long[] out = new long[input.readVarInt(true)];
        int p = -1;
        for (int i = 0; i < out.length; i++) {
          p += input.readVarInt(true) + 1;
          out[i] = open[p];
        }
        return out;
    }
  }

  private static long[] readHashes(Input input) {
    return input.readLongs(input.readVarInt(true));
  }
}
