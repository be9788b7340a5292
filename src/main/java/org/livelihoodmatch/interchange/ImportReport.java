package org.livelihoodmatch.interchange;

import java.util.List;

/**
 * The answer to an import (API.md, "Interchange"): how many rows were read, how many clients are
 * (or, with {@code stored} false, would be) created, updated and left unchanged, and every problem
 * found, by spreadsheet row (the header is row 1) and column. Any problem stores nothing.
 */
record ImportReport(
    int rows,
    int created,
    int updated,
    int unchanged,
    boolean dryRun,
    boolean stored,
    List<RowError> errors) {

  /** One problem: the row, the column (as the file names it) and what is wrong. */
  record RowError(int row, String field, String message) {}
}
