package org.livelihoodmatch.reporting;

/**
 * Which counts of a table a {@code REPORTER} may not see, so that no person can be singled out.
 * Each column of counts is protected on its own, the totals row included:
 *
 * <ol>
 *   <li><b>Primary</b>: a count from 1 to 4 is suppressed (0 is shown: it singles out no one).
 *   <li><b>Secondary</b>: while the total of the column is shown, the cells suppressed in it must
 *       not be recoverable from it. The reader knows their sum (the total minus the cells shown)
 *       and that each is at least 1. So while one cell alone is suppressed (the total gives it away
 *       by subtraction), or the suppressed cells' sum equals their number (each must be 1), the
 *       smallest non-zero cell still shown is suppressed too (the first such row on a tie).
 * </ol>
 *
 * A column whose total is itself suppressed needs nothing more: every non-zero cell in it is at
 * most the total, so at most 4, so suppressed already. A shown total is never hidden to protect a
 * cell (the same total is shown by the report grouped another way): in a table whose rows add up to
 * it, a shown total is at least 5, so a cell hidden alone, or cells of 1 each, always leave a
 * non-zero cell to hide with them. Two or more hidden cells of a larger sum are not pinned: two
 * hidden cells summing to 8 may be 4 and 4, or a 3 hidden with the 5 that protects it.
 */
final class Suppression {

  static final int SMALLEST_SHOWN = 5;

  private Suppression() {}

  /**
   * The mask of {@code counts[row][column]} and of {@code totals[column]}: {@code true} where the
   * count is suppressed. The rows must add up to the totals.
   */
  record Mask(boolean[][] rows, boolean[] totals) {

    boolean row(int row, int column) {
      return rows[row][column];
    }

    boolean total(int column) {
      return totals[column];
    }
  }

  static Mask of(int[][] counts, int[] totals) {
    int columns = totals.length;
    boolean[][] rows = new boolean[counts.length][columns];
    boolean[] total = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      total[c] = primary(totals[c]);
      for (int r = 0; r < counts.length; r++) {
        rows[r][c] = primary(counts[r][c]);
      }
      if (!total[c]) {
        total[c] = secondary(counts, totals[c], c, rows);
      }
    }
    return new Mask(rows, total);
  }

  static boolean primary(int count) {
    return count >= 1 && count < SMALLEST_SHOWN;
  }

  /**
   * Suppresses further cells of column {@code c} until its suppressed cells are safe; true when the
   * total had to be suppressed instead.
   */
  private static boolean secondary(int[][] counts, int total, int c, boolean[][] mask) {
    while (true) {
      int suppressed = 0;
      int shown = 0;
      for (int r = 0; r < counts.length; r++) {
        if (mask[r][c]) {
          suppressed++;
        } else {
          shown += counts[r][c];
        }
      }
      int hidden = total - shown;
      boolean exposed = suppressed == 1 || (suppressed > 1 && hidden <= suppressed);
      if (!exposed) {
        return false;
      }
      int next = smallestShown(counts, c, mask);
      if (next < 0) {
        return true;
      }
      mask[next][c] = true;
    }
  }

  private static int smallestShown(int[][] counts, int c, boolean[][] mask) {
    int best = -1;
    for (int r = 0; r < counts.length; r++) {
      int v = counts[r][c];
      if (!mask[r][c] && v > 0 && (best < 0 || v < counts[best][c])) {
        best = r;
      }
    }
    return best;
  }
}
