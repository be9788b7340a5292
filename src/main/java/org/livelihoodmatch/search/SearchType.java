package org.livelihoodmatch.search;

/**
 * What a search document stands for. Every document in the index has exactly one type; {@link
 * #CLIENT} documents are confidential to their organisation and are only returned when a query asks
 * for them explicitly on behalf of that organisation.
 */
public enum SearchType {
  /** An open job vacancy. */
  VACANCY,
  /** A training intake (a course with a start date and seats). */
  TRAINING,
  /** A self-employment option (a small business a client could run). */
  SELF_EMPLOYMENT,
  /** A client of one organisation; never visible to other organisations. */
  CLIENT
}
