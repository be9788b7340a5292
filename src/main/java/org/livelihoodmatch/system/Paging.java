package org.livelihoodmatch.system;

/** A requested page, checked: page from 0, size 1..200 (default 20). */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 200;

  public static Paging of(Integer page, Integer size) {
    Validation.Problems problems = new Validation.Problems();
    if (page != null && page < 0) {
      problems.add("page", "must be 0 or more");
    }
    if (size != null && (size < 1 || size > MAX_SIZE)) {
      problems.add("size", "must be between 1 and " + MAX_SIZE);
    }
    problems.throwIfAny();
    return new Paging(page == null ? 0 : page, size == null ? 20 : size);
  }

  public long offset() {
    return (long) page * size;
  }
}
