package org.winnow.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A record that is not an article and is counted, not kept: a WARC {@code request} or {@code
 * metadata} record, an image response, a redirect. {@code reason} is a short key such as {@code
 * warc_type:request} or {@code content_type:image/png} that the run report counts.
 */
public record Skipped(String source, String reason) implements ReadItem, Serializable {
  public Skipped {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }
}
