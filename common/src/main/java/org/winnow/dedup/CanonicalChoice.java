package org.winnow.dedup;

import java.io.Serializable;

/**
 * The canonical copy of a story and why it won, in words a reader can check.
 *
 * <pre>{@code
 * new CanonicalChoice("d7", "agency host apnews.com")
 * }</pre>
 */
public record CanonicalChoice(String docId, String reason) implements Serializable {}
