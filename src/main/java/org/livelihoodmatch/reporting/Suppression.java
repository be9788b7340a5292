package org.livelihoodmatch.reporting;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Which counts of a table a {@code REPORTER} may not see, so that no person can be singled out:
 *
 * <ol>
 *   <li><b>Primary</b>: a count from 1 to 4 is suppressed (0 is shown: it singles out no one).
 *   <li><b>Secondary, by the totals</b>: while a column's total is shown, its suppressed cells must
 *       not be recoverable from it. The reader knows their sum (the total minus the cells shown)
 *       and that a small count is at least 1. So while one cell alone is suppressed (the total
 *       gives it away by subtraction), or their sum equals their number (each must be 1), the
 *       smallest non-zero cell still shown is suppressed too (the first such row on a tie); when no
 *       non-zero cell is left, a 0 is (then no suppressed cell is known to be at least 1).
 *   <li><b>Secondary, by the order within a row</b>: some counts of a row bound others (no more
 *       retained than eligible, no more at seven months than at six). A suppressed cell whose
 *       bounds from the shown cells of its row meet (at most 5 and at least 5) is recoverable, so
 *       the shown cell giving the lower bound (or the upper) is suppressed too.
 * </ol>
 *
 * Both rules are applied again until neither suppresses anything more. A column whose total is
 * itself suppressed needs nothing more: every non-zero cell is at most the total, at most 4,
 * suppressed already. A shown total is hidden only when nothing else can protect a cell of its
 * column (every cell hidden already, none of them a 0 that could stand in); the same total may be
 * shown by the report grouped another way, so such a table is then not safe beside the others.
 *
 * <p>Not audited: inferences that combine a column's sum with the order of several rows at once (a
 * linear program over the table); they narrow a suppressed count's range but rarely pin it.
 */
final class Suppression {

  static final int SMALLEST_SHOWN = 5;

  private Suppression() {}

  /** The mask of a table: {@code true} where a count is suppressed. */
  record Mask(boolean[][] rows, boolean[] totals) {

    boolean row(int row, int column) {
      return rows[row][column];
    }

    boolean total(int column) {
      return totals[column];
    }
  }

  /** Without any order between the columns. */
  static Mask of(int[][] counts, int[] totals) {
    return of(counts, totals, new int[0][]);
  }

  /**
   * The mask of {@code counts[row][column]} and {@code totals[column]}; each pair of {@code order}
   * says that in every row the count of column {@code pair[0]} is at least that of {@code pair[1]}.
   * The rows must add up to the totals.
   */
  static Mask of(int[][] counts, int[] totals, int[][] order) {
    int columns = totals.length;
    boolean[][] rows = new boolean[counts.length][columns];
    boolean[] total = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      total[c] = primary(totals[c]);
      for (int r = 0; r < counts.length; r++) {
        rows[r][c] = primary(counts[r][c]);
      }
    }
    Table table = new Table(counts, totals, order, rows, total);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int c = 0; c < columns; c++) {
        changed |= table.protectColumn(c);
      }
      for (int r = 0; r < counts.length; r++) {
        changed |= table.protectRow(r);
      }
    }
    return new Mask(rows, total);
  }

  static boolean primary(int count) {
    return count >= 1 && count < SMALLEST_SHOWN;
  }

  /** The table being masked, with the rules that suppress more of it. */
  private record Table(
      int[][] counts, int[] totals, int[][] order, boolean[][] mask, boolean[] total) {

    /** Suppresses cells of column {@code c} until the total gives none away; true if any. */
    boolean protectColumn(int c) {
      boolean changed = false;
      while (!total[c] && exposed(c)) {
        int next = smallestShown(c, -1);
        if (next < 0) {
          next = unpinnedZero(c);
        }
        if (next < 0) {
          total[c] = true;
        } else {
          mask[next][c] = true;
        }
        changed = true;
      }
      return changed;
    }

    private boolean exposed(int c) {
      int suppressed = 0;
      int shown = 0;
      boolean zero = false;
      for (int r = 0; r < counts.length; r++) {
        if (mask[r][c]) {
          suppressed++;
          zero |= counts[r][c] == 0;
        } else {
          shown += counts[r][c];
        }
      }
      int hidden = totals[c] - shown;
      return suppressed == 1 || (suppressed > 1 && !zero && hidden <= suppressed);
    }

    /**
     * A shown 0 of column {@code c} that the order of its row does not pin to 0 (no shown 0 above
     * it), for a column with no non-zero count left to hide; -1 when none.
     */
    private int unpinnedZero(int c) {
      for (int r = 0; r < counts.length; r++) {
        if (!mask[r][c] && counts[r][c] == 0) {
          int above = bound(r, c, true);
          if (above < 0 || counts[r][above] > 0) {
            return r;
          }
        }
      }
      return -1;
    }

    private int smallestShown(int c, int except) {
      int best = -1;
      for (int r = 0; r < counts.length; r++) {
        int v = counts[r][c];
        if (r != except && !mask[r][c] && v > 0 && (best < 0 || v < counts[best][c])) {
          best = r;
        }
      }
      return best;
    }

    /** Suppresses the bound of the first recoverable cell of row {@code r}; true if any. */
    boolean protectRow(int r) {
      for (int c = 0; c < totals.length; c++) {
        if (!mask[r][c]) {
          continue;
        }
        int below = bound(r, c, false);
        int above = bound(r, c, true);
        int lower = below < 0 ? 0 : counts[r][below];
        if (above >= 0 && counts[r][above] == lower) {
          int hide = below >= 0 && (columnSafe(r, below) || !columnSafe(r, above)) ? below : above;
          mask[r][hide] = true;
          return true;
        }
      }
      return false;
    }

    /**
     * The shown cell of row {@code r} that bounds cell {@code c} most tightly from above (the
     * smallest of those at least as large) or from below (the largest of those at most as large),
     * through suppressed cells; -1 when none.
     */
    private int bound(int r, int c, boolean above) {
      boolean[] seen = new boolean[totals.length];
      Deque<Integer> next = new ArrayDeque<>();
      next.push(c);
      seen[c] = true;
      int best = -1;
      while (!next.isEmpty()) {
        int at = next.pop();
        for (int[] pair : order) {
          int from = above ? pair[1] : pair[0];
          int to = above ? pair[0] : pair[1];
          if (from != at || seen[to]) {
            continue;
          }
          seen[to] = true;
          if (mask[r][to]) {
            next.push(to);
          } else if (best < 0
              || (above ? counts[r][to] < counts[r][best] : counts[r][to] > counts[r][best])) {
            best = to;
          }
        }
      }
      return best;
    }

    /** Whether suppressing cell (r, c) leaves its column protected without hiding its total. */
    private boolean columnSafe(int r, int c) {
      return total[c] || smallestShown(c, r) >= 0;
    }
  }
}
