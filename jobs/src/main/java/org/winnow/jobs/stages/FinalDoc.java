package org.winnow.jobs.stages;

import java.io.Serializable;

/** A classified page with its place among the stories: everything its output rows need. */
public record FinalDoc(ClassifiedPage classified, Membership membership) implements Serializable {}
