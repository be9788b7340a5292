package org.livelihoodmatch.admin.web;

import org.livelihoodmatch.system.Paging;

/**
 * How the administrator's lists are paged: {@value #PAGE_SIZE} a page, the page number from the
 * link ({@code ?page=}, from 0; anything else is the first page, never an error).
 */
final class AdminPaging {

  static final int PAGE_SIZE = 50;

  private AdminPaging() {}

  /** The page asked for by the link's {@code page} parameter. */
  static Paging of(String page) {
    int number = page != null && page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 0;
    return Paging.of(number, PAGE_SIZE);
  }

  /** How many pages {@code total} items fill: at least one. */
  static long pages(long total) {
    return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}
