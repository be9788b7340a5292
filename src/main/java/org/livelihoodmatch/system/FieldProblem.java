package org.livelihoodmatch.system;

/** One bad field of a request: its name as the client sent it and what is wrong with it. */
public record FieldProblem(String field, String message) {}
