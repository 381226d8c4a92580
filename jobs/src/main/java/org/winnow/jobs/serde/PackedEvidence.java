package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.winnow.dedup.CopyEvidence;

/**
 * A {@link CopyEvidence} as the bytes {@link CopyEvidenceSerializer} writes, for a holder that
 * keeps them as they were read and decodes them only when some pass asks for the evidence.
 *
 * <p>Why: the dedup stage reads its cached documents in five passes, and most passes need the
 * evidence of only some of them (the bucket pass of none, verification of the documents with
 * partners, the components of the documents in one); decoding every document's evidence on every
 * pass took a tenth of the stage's CPU at 60k synthetic copies.
 *
 * <pre>{@code
 * byte[] b = PackedEvidence.pack(evidence);
 * CopyEvidence e = PackedEvidence.unpack(b); // equal sets, leads, order, figures and keys
 * }</pre>
 */
public final class PackedEvidence {
  private static final CopyEvidenceSerializer SERIALIZER = new CopyEvidenceSerializer();

  private PackedEvidence() {}

  /** The bytes of {@code evidence} (plain, big-endian Kryo output: the same on every machine). */
  public static byte[] pack(CopyEvidence evidence) {
    long[] open = evidence.open();
    Output out = new Output(256 + 12 * (open == null ? 0 : open.length), -1);
    // the serializer reads and writes through its stream only, never through the Kryo
    SERIALIZER.write(null, out, evidence);
    return out.toBytes();
  }

  /** The evidence {@link #pack} wrote into {@code bytes}. */
  public static CopyEvidence unpack(byte[] bytes) {
    return SERIALIZER.read(null, new Input(bytes), CopyEvidence.class);
  }
}
