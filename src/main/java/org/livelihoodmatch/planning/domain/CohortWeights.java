package org.livelihoodmatch.planning.domain;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The weight of each constraint of a cohort plan, so that a planner can change the balance per plan
 * (for example care more about staying near home) without a new release. The constants are the
 * constraint names, as shown in the score explanation.
 *
 * <p>Defaults: every capacity rule costs {@code 1hard} per unit over; a client left without a
 * pathway costs {@code 1medium} per point of her priority weight. The soft weights are balanced on
 * the match weights of the constraint provider: a first choice earns 5 preference points (150), a
 * second 4 (120); US$100 a month of surplus earns 10 points (100), US$400 earns 20 (200); each km
 * from home costs 1; each week of training or US$25 of its cost costs 2; and each pair of clients
 * placed with the same employer costs 20; each 5% of expected retention at six months earns 5 (100
 * for a certainty, 50 for one in two). So one rank of preference is worth about 30 km, or the
 * surplus difference between US$25 and US$64 a month, or 30 points of expected retention: an
 * employer whose placements hold 80% of the time is preferred to one at 20% even one rank lower in
 * her wishes, but not two. Each blocking pair (a client and a pathway she wants more than hers
 * whose places are free or held by someone of lower priority) costs 300, ten ranks of preference or
 * 300 km: the plan passes nobody over for convenience, yet never at the cost of a placement (on
 * instance M, 300 left a third of the blocking pairs of no weight and the same clients placed;
 * benchmarks/README.md has the curve).
 */
@ConstraintConfiguration
public class CohortWeights {

  public static final String INTAKE_SEATS = "Intake seats";
  public static final String VACANCY_POSITIONS = "Vacancy positions";
  public static final String LOAN_FUND = "Loan fund";
  public static final String MARKET_ROOM = "Market room";
  public static final String HOUSEHOLD_FAMILY_LOAN_ONCE = "Household family loan once";
  public static final String UNASSIGNED_CLIENT = "Unassigned client";
  public static final String PREFERENCE_RANK = "Preference rank";
  public static final String SURPLUS_MARGIN = "Surplus margin";
  public static final String DISTANCE_FROM_HOME = "Distance from home";
  public static final String TRAINING_LENGTH_AND_COST = "Training length and cost";
  public static final String EMPLOYER_BALANCE = "Employer balance";
  public static final String EXPECTED_RETENTION = "Expected retention";
  public static final String WISH_PASSED_OVER = "Wish passed over";
  public static final String WISH_HELD_BY_PRIORITY = "Wish held by priority";
  public static final String WISH_HELD_BY_SECOND_PLACE = "Wish held by priority (second place)";
  public static final String WISH_HELD_BY_BOTH_PLACES = "Wish held by priority (both places)";

  /**
   * Not a constraint of its own: the weight of one blocking pair, which sets both {@link
   * #WISH_PASSED_OVER} and the three "Wish held by priority" constraints (they must weigh the same
   * to cancel).
   */
  public static final String BLOCKING_PAIR = "Blocking pair";

  @ConstraintWeight(INTAKE_SEATS)
  private HardMediumSoftLongScore intakeSeats = HardMediumSoftLongScore.ofHard(1);

  @ConstraintWeight(VACANCY_POSITIONS)
  private HardMediumSoftLongScore vacancyPositions = HardMediumSoftLongScore.ofHard(1);

  @ConstraintWeight(LOAN_FUND)
  private HardMediumSoftLongScore loanFund = HardMediumSoftLongScore.ofHard(1);

  @ConstraintWeight(MARKET_ROOM)
  private HardMediumSoftLongScore marketRoom = HardMediumSoftLongScore.ofHard(1);

  @ConstraintWeight(HOUSEHOLD_FAMILY_LOAN_ONCE)
  private HardMediumSoftLongScore householdFamilyLoanOnce = HardMediumSoftLongScore.ofHard(1);

  @ConstraintWeight(UNASSIGNED_CLIENT)
  private HardMediumSoftLongScore unassignedClient = HardMediumSoftLongScore.ofMedium(1);

  @ConstraintWeight(PREFERENCE_RANK)
  private HardMediumSoftLongScore preferenceRank = HardMediumSoftLongScore.ofSoft(30);

  @ConstraintWeight(SURPLUS_MARGIN)
  private HardMediumSoftLongScore surplusMargin = HardMediumSoftLongScore.ofSoft(10);

  @ConstraintWeight(DISTANCE_FROM_HOME)
  private HardMediumSoftLongScore distanceFromHome = HardMediumSoftLongScore.ofSoft(1);

  @ConstraintWeight(TRAINING_LENGTH_AND_COST)
  private HardMediumSoftLongScore trainingLengthAndCost = HardMediumSoftLongScore.ofSoft(2);

  @ConstraintWeight(EMPLOYER_BALANCE)
  private HardMediumSoftLongScore employerBalance = HardMediumSoftLongScore.ofSoft(20);

  @ConstraintWeight(EXPECTED_RETENTION)
  private HardMediumSoftLongScore expectedRetention = HardMediumSoftLongScore.ofSoft(5);

  @ConstraintWeight(WISH_PASSED_OVER)
  private HardMediumSoftLongScore wishPassedOver = HardMediumSoftLongScore.ofSoft(300);

  @ConstraintWeight(WISH_HELD_BY_PRIORITY)
  private HardMediumSoftLongScore wishHeldByPriority = HardMediumSoftLongScore.ofSoft(300);

  @ConstraintWeight(WISH_HELD_BY_SECOND_PLACE)
  private HardMediumSoftLongScore wishHeldBySecondPlace = HardMediumSoftLongScore.ofSoft(300);

  @ConstraintWeight(WISH_HELD_BY_BOTH_PLACES)
  private HardMediumSoftLongScore wishHeldByBothPlaces = HardMediumSoftLongScore.ofSoft(300);

  /**
   * The largest cohort whose plans weigh stability by default. The stability constraints make each
   * score calculation about ten times dearer (benchmarks/README.md); above this size that costs
   * more placements within a plan's time than it saves blocking pairs, so larger plans count their
   * blocking pairs but weigh them only when the planner asks ({@code "blockingPair"}).
   */
  public static final int STABILITY_BY_DEFAULT_UP_TO = 1_000;

  /** The default weights described above. */
  public CohortWeights() {}

  /**
   * The default weights for a cohort of this many clients (see {@link
   * #STABILITY_BY_DEFAULT_UP_TO}).
   */
  public static CohortWeights defaultsFor(int clients) {
    CohortWeights weights = new CohortWeights();
    if (clients > STABILITY_BY_DEFAULT_UP_TO) {
      weights.with(BLOCKING_PAIR, HardMediumSoftLongScore.ZERO);
    }
    return weights;
  }

  /**
   * Changes one constraint's weight for this plan.
   *
   * @param constraintName one of the constants of this class
   * @param weight the new weight; {@link HardMediumSoftLongScore#ZERO} switches the constraint off
   */
  public CohortWeights with(String constraintName, HardMediumSoftLongScore weight) {
    switch (constraintName) {
      case INTAKE_SEATS -> intakeSeats = weight;
      case VACANCY_POSITIONS -> vacancyPositions = weight;
      case LOAN_FUND -> loanFund = weight;
      case MARKET_ROOM -> marketRoom = weight;
      case HOUSEHOLD_FAMILY_LOAN_ONCE -> householdFamilyLoanOnce = weight;
      case UNASSIGNED_CLIENT -> unassignedClient = weight;
      case PREFERENCE_RANK -> preferenceRank = weight;
      case SURPLUS_MARGIN -> surplusMargin = weight;
      case DISTANCE_FROM_HOME -> distanceFromHome = weight;
      case TRAINING_LENGTH_AND_COST -> trainingLengthAndCost = weight;
      case EMPLOYER_BALANCE -> employerBalance = weight;
      case EXPECTED_RETENTION -> expectedRetention = weight;
      case WISH_PASSED_OVER -> wishPassedOver = weight;
      case WISH_HELD_BY_PRIORITY -> {
        wishHeldByPriority = weight;
        wishHeldBySecondPlace = weight;
        wishHeldByBothPlaces = weight;
      }
      case BLOCKING_PAIR -> {
        wishPassedOver = weight;
        wishHeldByPriority = weight;
        wishHeldBySecondPlace = weight;
        wishHeldByBothPlaces = weight;
      }
      default -> throw new IllegalArgumentException("no constraint named " + constraintName);
    }
    return this;
  }

  public HardMediumSoftLongScore getIntakeSeats() {
    return intakeSeats;
  }

  public HardMediumSoftLongScore getVacancyPositions() {
    return vacancyPositions;
  }

  public HardMediumSoftLongScore getLoanFund() {
    return loanFund;
  }

  public HardMediumSoftLongScore getMarketRoom() {
    return marketRoom;
  }

  public HardMediumSoftLongScore getHouseholdFamilyLoanOnce() {
    return householdFamilyLoanOnce;
  }

  public HardMediumSoftLongScore getUnassignedClient() {
    return unassignedClient;
  }

  public HardMediumSoftLongScore getPreferenceRank() {
    return preferenceRank;
  }

  public HardMediumSoftLongScore getSurplusMargin() {
    return surplusMargin;
  }

  public HardMediumSoftLongScore getDistanceFromHome() {
    return distanceFromHome;
  }

  public HardMediumSoftLongScore getTrainingLengthAndCost() {
    return trainingLengthAndCost;
  }

  public HardMediumSoftLongScore getEmployerBalance() {
    return employerBalance;
  }

  public HardMediumSoftLongScore getExpectedRetention() {
    return expectedRetention;
  }

  public HardMediumSoftLongScore getWishPassedOver() {
    return wishPassedOver;
  }

  public HardMediumSoftLongScore getWishHeldByPriority() {
    return wishHeldByPriority;
  }

  public HardMediumSoftLongScore getWishHeldBySecondPlace() {
    return wishHeldBySecondPlace;
  }

  public HardMediumSoftLongScore getWishHeldByBothPlaces() {
    return wishHeldByBothPlaces;
  }

  /** The weight of one blocking pair (that of both stability constraints). */
  public HardMediumSoftLongScore getBlockingPair() {
    return wishPassedOver;
  }
}
