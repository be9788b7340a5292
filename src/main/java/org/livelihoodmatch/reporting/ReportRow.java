package org.livelihoodmatch.reporting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One group's figures as a report shows them (README "Reports"). For a {@code REPORTER}, a count
 * that could single someone out is null and {@code suppressed} is true; the median surplus is null
 * wherever {@code placed} is.
 */
record ReportRow(
    @Schema(
            description =
                "the group's code (a province code, F/M/X, an age band, ...); null in totals")
        String group,
    @Schema(description = "the group's name in the reader's language") String label,
    @Schema(description = "placements started in the period") Integer placed,
    @Schema(description = "of eligible3, those not ended three months after earning began")
        Integer retained3,
    Integer retained6,
    Integer retained12,
    @Schema(description = "placements earning for three months or more by the report's date")
        Integer eligible3,
    Integer eligible6,
    Integer eligible12,
    @Schema(description = "ended placements by reason; reasons that did not occur are absent")
        Map<String, Integer> ended,
    @Schema(description = "placements with a visit whose actual surplus was negative")
        Integer belowThreshold,
    @Schema(description = "median of the latest visit's surplus (planned surplus before any visit)")
        BigDecimal medianSurplus,
    @Schema(description = "months 1 to 12: placements old enough to know")
        List<Integer> eligibleByMonth,
    @Schema(description = "months 1 to 12: of those, still in the placement")
        List<Integer> retainedByMonth,
    @Schema(description = "true when a count of this row is suppressed (null)")
        boolean suppressed) {

  /** The row's counts, in the order of {@link Counts#names}. */
  List<Integer> counts(List<String> endReasons) {
    List<Integer> list = new java.util.ArrayList<>();
    list.add(placed);
    list.add(eligible3);
    list.add(retained3);
    list.add(eligible6);
    list.add(retained6);
    list.add(eligible12);
    list.add(retained12);
    list.add(belowThreshold);
    for (String reason : endReasons) {
      list.add(ended.containsKey(reason) ? ended.get(reason) : Integer.valueOf(0));
    }
    list.addAll(eligibleByMonth);
    list.addAll(retainedByMonth);
    return list;
  }

  /** The names of the counts in a file's header, the order of {@link #counts}. */
  static final class Counts {
    private Counts() {}

    static List<String> names(List<String> endReasons) {
      List<String> names =
          new java.util.ArrayList<>(
              List.of(
                  "placed",
                  "eligible3",
                  "retained3",
                  "eligible6",
                  "retained6",
                  "eligible12",
                  "retained12",
                  "belowThreshold"));
      endReasons.forEach(r -> names.add("ended." + r));
      for (int m = 1; m <= 12; m++) {
        names.add("eligibleMonth" + m);
      }
      for (int m = 1; m <= 12; m++) {
        names.add("retainedMonth" + m);
      }
      return names;
    }
  }
}
