package org.livelihoodmatch.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.system.Validation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A plan's weight overrides: the optional {@code weights} of a new plan, such as {@code
 * {"distanceFromHome": 3, "preferenceRank": 40}}, each a whole number on the constraint's own score
 * level (hard, medium or soft). Keys are the camel-case names below or the constraint names of the
 * explanation ("Distance from home"). Defaults are those of {@link CohortWeights} and the README.
 * Hard rules may be weighted 1 to 1,000 but never switched off; the others 0 to 10,000.
 */
public final class PlanWeights {

  static final long MAX_HARD = 1_000;
  static final long MAX_OTHER = 10_000;

  private record Weight(String constraint, Function<CohortWeights, HardMediumSoftLongScore> get) {}

  private static final Map<String, Weight> WEIGHTS = new LinkedHashMap<>();

  static {
    put("intakeSeats", CohortWeights.INTAKE_SEATS, CohortWeights::getIntakeSeats);
    put("vacancyPositions", CohortWeights.VACANCY_POSITIONS, CohortWeights::getVacancyPositions);
    put("loanFund", CohortWeights.LOAN_FUND, CohortWeights::getLoanFund);
    put("marketRoom", CohortWeights.MARKET_ROOM, CohortWeights::getMarketRoom);
    put(
        "householdFamilyLoanOnce",
        CohortWeights.HOUSEHOLD_FAMILY_LOAN_ONCE,
        CohortWeights::getHouseholdFamilyLoanOnce);
    put("unassignedClient", CohortWeights.UNASSIGNED_CLIENT, CohortWeights::getUnassignedClient);
    put("preferenceRank", CohortWeights.PREFERENCE_RANK, CohortWeights::getPreferenceRank);
    put("surplusMargin", CohortWeights.SURPLUS_MARGIN, CohortWeights::getSurplusMargin);
    put("distanceFromHome", CohortWeights.DISTANCE_FROM_HOME, CohortWeights::getDistanceFromHome);
    put(
        "trainingLengthAndCost",
        CohortWeights.TRAINING_LENGTH_AND_COST,
        CohortWeights::getTrainingLengthAndCost);
    put("employerBalance", CohortWeights.EMPLOYER_BALANCE, CohortWeights::getEmployerBalance);
    put("expectedRetention", CohortWeights.EXPECTED_RETENTION, CohortWeights::getExpectedRetention);
    put("blockingPair", CohortWeights.BLOCKING_PAIR, CohortWeights::getBlockingPair);
  }

  private PlanWeights() {}

  private static void put(
      String key, String constraint, Function<CohortWeights, HardMediumSoftLongScore> get) {
    WEIGHTS.put(key, new Weight(constraint, get));
  }

  /** Every weight by its camel-case key, as the defaults give it, such as {@code 30soft}. */
  public static Map<String, String> defaults() {
    CohortWeights defaults = new CohortWeights();
    Map<String, String> result = new LinkedHashMap<>();
    WEIGHTS.forEach((key, weight) -> result.put(key, weight.get().apply(defaults).toString()));
    return result;
  }

  /** Adds one problem per unknown key or out-of-range value to {@code problems}. */
  static void check(Map<String, Long> overrides, Validation.Problems problems) {
    if (overrides == null) {
      return;
    }
    CohortWeights defaults = new CohortWeights();
    overrides.forEach(
        (key, value) -> {
          Weight weight = find(key);
          String field = "weights." + key;
          if (weight == null) {
            problems.add(field, "is not a constraint; use one of " + WEIGHTS.keySet());
          } else if (value == null) {
            problems.add(field, "must be a whole number");
          } else if (weight.get().apply(defaults).hardScore() != 0) {
            if (value < 1 || value > MAX_HARD) {
              problems.add(field, "a hard rule's weight must be between 1 and " + MAX_HARD);
            }
          } else if (value < 0 || value > MAX_OTHER) {
            problems.add(field, "must be between 0 and " + MAX_OTHER);
          }
        });
  }

  /** The plan's weights: the defaults with the (checked) overrides applied. */
  static CohortWeights of(Map<String, Long> overrides) {
    return of(overrides, 0);
  }

  /**
   * The plan's weights for a cohort of this many clients (stability off by default above 1,000).
   */
  static CohortWeights of(Map<String, Long> overrides, int clients) {
    CohortWeights weights = CohortWeights.defaultsFor(clients);
    if (overrides != null) {
      CohortWeights defaults = new CohortWeights();
      overrides.forEach(
          (key, value) -> {
            Weight weight = find(key);
            weights.with(weight.constraint(), onLevelOf(weight.get().apply(defaults), value));
          });
    }
    return weights;
  }

  private static HardMediumSoftLongScore onLevelOf(HardMediumSoftLongScore level, long value) {
    if (level.hardScore() != 0) {
      return HardMediumSoftLongScore.ofHard(value);
    }
    return level.mediumScore() != 0
        ? HardMediumSoftLongScore.ofMedium(value)
        : HardMediumSoftLongScore.ofSoft(value);
  }

  private static Weight find(String key) {
    Weight weight = WEIGHTS.get(key);
    if (weight != null) {
      return weight;
    }
    return WEIGHTS.values().stream()
        .filter(w -> w.constraint().equalsIgnoreCase(key))
        .findFirst()
        .orElse(null);
  }
}
