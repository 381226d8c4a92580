package org.winnow.jobs.stages;

import java.io.Serializable;
import org.winnow.dedup.DocMembership;

/** A classified page with its place among the stories: everything its output rows need. */
public record FinalDoc(ClassifiedPage classified, DocMembership membership)
    implements Serializable {}
