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
  void withNoOtherCountToHideTheTotalIsHidden() {
    // rows that do not add up to the total cannot come from a report, but the rule must not loop
    int[][] rows = {{2}, {0}};
    Suppression.Mask mask = Suppression.of(rows, new int[] {9});

    assertThat(mask.total(0)).isTrue();
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
      for (int c = 0; c < columns; c++) {
        int hidden = 0;
        int count = 0;
        for (int r = 0; r < groups; r++) {
          int v = rows[r][c];
          assertThat(mask.row(r, c) || v == 0 || v >= 5).as("a count of %d shown", v).isTrue();
          if (mask.row(r, c)) {
            hidden += v;
            count++;
          }
        }
        if (mask.total(c)) {
          assertThat(totals[c]).isBetween(1, 4);
          continue;
        }
        assertThat(count).as("cells hidden alone beside a total").isNotEqualTo(1);
        if (count > 1) {
          assertThat(hidden).as("hidden cells pinned to 1 each").isGreaterThan(count);
        }
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
