package org.livelihoodmatch.livelihood;

/**
 * How likely a placement like one pathway still holds after {@code months} months, estimated from
 * the recorded outcomes of the same employer (or training provider, or market), occupation and
 * province, drawn toward the wider groups' rates when few are recorded.
 *
 * @param basedOn how many recorded placements of the same unit, occupation and province it rests on
 *     (0: the estimate is the wider groups' alone)
 * @param held of those, how many held {@code months} months
 * @param endedSooner how many ended before
 * @param tooRecent how many are still running and younger than {@code months} months (censored:
 *     counted for the months they have lasted, neither as held nor as failed)
 */
public record Retention(
    int months,
    double probability,
    int basedOn,
    int held,
    int endedSooner,
    int tooRecent,
    RetentionKey.Unit unit) {

  /** The horizon every estimate is made for: six months, as the issue and API.md ask. */
  public static final int MONTHS = 6;

  /** The probability in whole percent, for plans and pages. */
  public int percent() {
    return (int) Math.round(probability * 100.0);
  }

  /** Whether the unit's own placements say something, so that a reason should name them. */
  public boolean speaksOfUnit() {
    return held + endedSooner > 0;
  }
}
