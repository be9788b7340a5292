package org.livelihoodmatch.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Small counts are hidden, and no hidden count can be worked out from the totals. */
class SuppressionTests {

  @Test
  void countsFromOneToFourAreHiddenZeroAndFiveAreShown() {
    int[][] rows = {{0}, {1}, {4}, {5}, {12}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {22});

    assertThat(column(mask, 5, 0)).containsExactly(false, true, true, false, false);
    assertThat(mask.total(0)).isFalse();
  }

  @Test
  void aTotalFromOneToFourIsHiddenAndNeedsNothingMore() {
    int[][] rows = {{0, 3}, {3, 0}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {3, 3});

    assertThat(mask.total(0)).isTrue();
    assertThat(mask.total(1)).isTrue();
    assertThat(column(mask, 2, 0)).containsExactly(false, true);
    assertThat(column(mask, 2, 1)).containsExactly(true, false);
  }

  @Test
  void aCountHiddenAloneInItsColumnTakesTheNextSmallestNonZeroCountWithIt() {
    // 30 - 12 - 9 - 0 = 3: shown alone, the total would give the hidden 3 away
    int[][] rows = {{12}, {3}, {0}, {9}, {9}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {33});

    assertThat(column(mask, 5, 0)).containsExactly(false, true, false, true, false);
    assertThat(mask.total(0)).isFalse();
  }

  @Test
  void eachColumnIsProtectedOnItsOwn() {
    int[][] rows = {{2, 7}, {8, 7}, {6, 1}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {16, 15});

    assertThat(column(mask, 3, 0)).containsExactly(true, false, true);
    assertThat(column(mask, 3, 1)).containsExactly(true, false, true);
  }

  @Test
  void hiddenOnesWhoseSumPinsThemTakeAThirdCount() {
    // two hidden counts summing to 2 can only be 1 and 1
    int[][] rows = {{1}, {1}, {6}, {20}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {28});

    assertThat(column(mask, 4, 0)).containsExactly(true, true, true, false);
  }

  @Test
  void hiddenCountsOfALargerSumAreNotPinned() {
    // 4 and 4 hidden: to the reader as likely a 3 hidden with the 5 that protects it
    int[][] rows = {{4}, {4}, {10}, {7}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {25});

    assertThat(column(mask, 4, 0)).containsExactly(true, true, false, false);
    assertThat(Suppression.of(new int[][] {{3}, {5}, {10}, {7}}, new int[] {25}).rows())
        .isDeepEqualTo(mask.rows());
  }

  @Test
  void twoHiddenCountsThatDoNotPinEachOtherNeedNothingMore() {
    int[][] rows = {{2}, {3}, {6}, {20}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {31});

    assertThat(column(mask, 4, 0)).containsExactly(true, true, false, false);
  }

  @Test
  void aZeroStandsInWhenNoOtherCountIsLeftToHide() {
    // five provinces with one ending each and one with none: shown, the total 5 would pin them all
    int[][] rows = {{1}, {1}, {0}, {1}, {1}, {1}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {5});

    assertThat(mask.total(0)).isFalse();
    assertThat(column(mask, 6, 0)).containsOnly(true);
  }

  @Test
  void whenEveryCountIsOneAndNoZeroCanStandInTheTotalIsHidden() {
    int[][] rows = {{1}, {1}, {1}, {1}, {1}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {5});

    assertThat(mask.total(0)).isTrue();
    assertThat(column(mask, 5, 0)).containsOnly(true);
  }

  @Test
  void inAnyTableNoHiddenCountCanBeWorkedOutFromTheTotal() {
    Random random = new Random(20261205);
    for (int table = 0; table < 2_000; table++) {
      int groups = 1 + random.nextInt(12);
      int columns = 1 + random.nextInt(4);
      int[][] rows = new int[groups][columns];
      int[] totals = new int[columns];
      for (int r = 0; r < groups; r++) {
        for (int c = 0; c < columns; c++) {
          rows[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 40);
          totals[c] += rows[r][c];
        }
      }
      Suppression.Mask mask = Suppression.of(rows, totals);
      assertNothingRecoverable(rows, totals, new int[0][], mask);
      for (int c = 0; c < columns; c++) {
        if (mask.total(c) && !Suppression.primary(totals[c])) {
          assertNoAlternative(rows, new int[0][], mask, c);
        }
      }
    }
  }

  @Test
  void aCountPinnedByItsNeighboursInTheRowIsProtectedToo() {
    // columns: retained at months 5, 6, 7 (never more at a later month); row 0 keeps 5, 5, 5.
    // Month 6 alone has a small count in row 1, so row 0's 5 is hidden beside it; shown between
    // its two 5s it would be known, and 12 - 5 - 6 would give row 1's 1 away.
    int[][] rows = {{5, 5, 5}, {7, 1, 0}, {6, 6, 6}};
    int[][] order = {{0, 1}, {1, 2}};
    Suppression.Mask byTotals = Suppression.of(rows, new int[] {18, 12, 11});
    assertThat(column(byTotals, 3, 1)).containsExactly(true, true, false);
    assertThat(byTotals.row(0, 0) || byTotals.row(0, 2)).isFalse();

    Suppression.Mask mask = Suppression.of(rows, new int[] {18, 12, 11}, order);

    assertThat(mask.row(0, 1)).isTrue();
    assertThat(mask.row(0, 2)).as("the lower bound of the hidden 5").isTrue();
    assertThat(mask.row(2, 2)).as("and the count that protects it in its column").isTrue();
    assertNothingRecoverable(rows, new int[] {18, 12, 11}, order, mask);
  }

  @Test
  void inRealisticTablesNoHiddenCountCanBeWorkedOutFromTotalsOrRows() {
    Random random = new Random(42);
    int[][] order = new ReportTable.Layout(2).order();
    int hiddenTotals = 0;
    for (int table = 0; table < 1_500; table++) {
      int groups = 1 + random.nextInt(10);
      int[][] rows = new int[groups][];
      int[] totals = new int[2 + 2 + 24];
      for (int r = 0; r < groups; r++) {
        rows[r] = cohort(random, random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(40));
        for (int c = 0; c < totals.length; c++) {
          totals[c] += rows[r][c];
        }
      }
      Suppression.Mask mask = Suppression.of(rows, totals, order);
      assertNothingRecoverable(rows, totals, order, mask);
      for (int c = 0; c < totals.length; c++) {
        if (mask.total(c) && !Suppression.primary(totals[c])) {
          hiddenTotals++;
          assertNoAlternative(rows, order, mask, c);
        }
      }
    }
    // a shown total is hidden only when no cell could protect its column (all counts 1, no zero
    // that could stand in): rare
    assertThat(hiddenTotals).as("shown totals hidden").isLessThan(5);
  }

  /**
   * Column {@code c}'s total was hidden because nothing else could protect it: every non-zero count
   * of the column is hidden, and every shown 0 is pinned to 0 by a shown 0 above it.
   */
  private static void assertNoAlternative(
      int[][] rows, int[][] order, Suppression.Mask mask, int c) {
    for (int r = 0; r < rows.length; r++) {
      if (rows[r][c] > 0) {
        assertThat(mask.row(r, c)).as("row %d column %d could have been hidden", r, c).isTrue();
      } else if (!mask.row(r, c)) {
        assertThat(zeroAbove(rows[r], order, mask.rows()[r], c, new boolean[rows[r].length]))
            .as("the 0 of row %d column %d could have stood in", r, c)
            .isTrue();
      }
    }
  }

  private static boolean zeroAbove(
      int[] row, int[][] order, boolean[] hidden, int c, boolean[] seen) {
    for (int[] pair : order) {
      if (pair[1] == c && !seen[pair[0]]) {
        seen[pair[0]] = true;
        if (hidden[pair[0]] ? zeroAbove(row, order, hidden, pair[0], seen) : row[pair[0]] == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The counts of {@code n} simulated placements in the layout of a report with two end reasons:
   * placed, below the threshold, ended for each reason, eligible and retained at months 1 to 12.
   */
  private static int[] cohort(Random random, int n) {
    int[] counts = new int[28];
    for (int i = 0; i < n; i++) {
      int age = random.nextInt(20);
      Integer ended =
          random.nextInt(10) < 4 ? random.nextInt(Math.max(1, Math.min(age, 13))) : null;
      counts[0]++;
      counts[1] += random.nextInt(5) == 0 ? 1 : 0;
      if (ended != null) {
        counts[2 + random.nextInt(2)]++;
      }
      for (int m = 1; m <= 12; m++) {
        if (age >= m) {
          counts[3 + m]++;
          if (ended == null || ended >= m) {
            counts[15 + m]++;
          }
        }
      }
    }
    return counts;
  }

  /**
   * No count from 1 to 4 is shown; in a column whose total is shown, the hidden cells are never
   * alone nor all 1s; in a row, no hidden cell's bounds from the shown cells (through the order)
   * meet.
   */
  private static void assertNothingRecoverable(
      int[][] rows, int[] totals, int[][] order, Suppression.Mask mask) {
    int columns = totals.length;
    for (int c = 0; c < columns; c++) {
      int hidden = 0;
      int count = 0;
      boolean zero = false;
      for (int r = 0; r < rows.length; r++) {
        int v = rows[r][c];
        assertThat(mask.row(r, c) || v == 0 || v >= 5).as("a count of %d shown", v).isTrue();
        if (mask.row(r, c)) {
          hidden += v;
          count++;
          zero |= v == 0;
        }
      }
      if (mask.total(c)) {
        continue;
      }
      assertThat(count).as("cells hidden alone beside a total").isNotEqualTo(1);
      if (count > 1 && !zero) {
        assertThat(hidden).as("hidden cells pinned to 1 each").isGreaterThan(count);
      }
    }
    boolean[][] atLeast = new boolean[columns][columns];
    for (int[] pair : order) {
      atLeast[pair[0]][pair[1]] = true;
    }
    for (int k = 0; k < columns; k++) {
      for (int i = 0; i < columns; i++) {
        for (int j = 0; j < columns; j++) {
          atLeast[i][j] |= atLeast[i][k] && atLeast[k][j];
        }
      }
    }
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < columns; c++) {
        if (!mask.row(r, c)) {
          continue;
        }
        int upper = Integer.MAX_VALUE;
        int lower = 0;
        for (int o = 0; o < columns; o++) {
          if (mask.row(r, o)) {
            continue;
          }
          if (atLeast[o][c]) {
            upper = Math.min(upper, rows[r][o]);
          }
          if (atLeast[c][o]) {
            lower = Math.max(lower, rows[r][o]);
          }
        }
        assertThat(upper).as("row %d column %d pinned", r, c).isNotEqualTo(lower);
      }
    }
  }

  private static Boolean[] column(Suppression.Mask mask, int rows, int column) {
    Boolean[] values = new Boolean[rows];
    for (int r = 0; r < rows; r++) {
      values[r] = mask.row(r, column);
    }
    return values;
  }
}
