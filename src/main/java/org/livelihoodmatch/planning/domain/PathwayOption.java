package org.livelihoodmatch.planning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * Problem fact: one feasible pathway of one client, computed by the application's pathway generator
 * (eligibility holds and the budget surplus is not negative). The planner only chooses among these;
 * it never builds a pathway itself.
 *
 * <p>Each nullable id names a capacity the pathway draws on: a seat of {@code intakeId}, a position
 * of {@code vacancyId} (at {@code employerId}), room for one new business in {@code marketKey}, and
 * {@code loanAmountCents} of the fund of {@code loanProductCode}. {@code familyLivelihoodCode}
 * names a family livelihood (livestock, vegetables) whose loan a household may draw only once.
 *
 * <p>{@code preferenceRank} is the rank of the pathway's occupation in the client's own list of
 * wishes: 1 is the first choice, up to {@link #MAX_PREFERENCE_RANK}; 0 (or anything larger) means
 * the occupation is not one the client asked for. {@code surplusCents} is the monthly budget
 * surplus above living costs (&gt;= 0). {@code label} is an optional human description of the
 * pathway, used in explanations. {@code retentionPercent} is how likely, in percent, a placement
 * like it still holds at six months, from recorded outcomes (0 when not estimated).
 */
public record PathwayOption(
    String id,
    UUID clientId,
    PathwayKind kind,
    String label,
    UUID intakeId,
    UUID vacancyId,
    UUID employerId,
    String marketKey,
    String loanProductCode,
    long loanAmountCents,
    String familyLivelihoodCode,
    long surplusCents,
    int preferenceRank,
    int distanceKm,
    int trainingWeeks,
    long trainingCostCents,
    int retentionPercent) {

  /** The last rank that counts as a preference; a client names at most this many occupations. */
  public static final int MAX_PREFERENCE_RANK = 5;

  /**
   * A client's wishes, most wanted first: preferred occupations by rank, then the larger surplus,
   * then the id, so that two pathways are never equally wanted.
   */
  public static final Comparator<PathwayOption> MOST_WANTED_FIRST =
      Comparator.comparingInt(PathwayOption::preferenceOrder)
          .thenComparing(PathwayOption::surplusCents, Comparator.reverseOrder())
          .thenComparing(PathwayOption::id);

  public PathwayOption {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(kind, "kind");
    requireNotNegative("loanAmountCents", loanAmountCents);
    requireNotNegative("surplusCents", surplusCents);
    requireNotNegative("preferenceRank", preferenceRank);
    requireNotNegative("distanceKm", distanceKm);
    requireNotNegative("trainingWeeks", trainingWeeks);
    requireNotNegative("trainingCostCents", trainingCostCents);
    if (retentionPercent < 0 || retentionPercent > 100) {
      throw new IllegalArgumentException(
          "retentionPercent must be 0..100, was " + retentionPercent);
    }
    if (loanProductCode == null && loanAmountCents != 0) {
      throw new IllegalArgumentException("a loan amount needs a loan product: " + id);
    }
  }

  /**
   * The same pathway for another client under another id: an expected arrival drawn from a past
   * client (issue 14, look-ahead) is offered what that client was offered.
   */
  public PathwayOption forClient(String otherId, UUID otherClient) {
    return new PathwayOption(
        otherId,
        otherClient,
        kind,
        label,
        intakeId,
        vacancyId,
        employerId,
        marketKey,
        loanProductCode,
        loanAmountCents,
        familyLivelihoodCode,
        surplusCents,
        preferenceRank,
        distanceKm,
        trainingWeeks,
        trainingCostCents,
        retentionPercent);
  }

  /** Starts a pathway of the given client; every other field defaults to none or zero. */
  public static Builder builder(String id, UUID clientId, PathwayKind kind) {
    return new Builder(id, clientId, kind);
  }

  @PlanningId
  @Override
  public String id() {
    return id;
  }

  /** Whether the pathway's occupation is one the client asked for. */
  public boolean isPreferred() {
    return preferenceRank >= 1 && preferenceRank <= MAX_PREFERENCE_RANK;
  }

  /**
   * Sort key of the client's wishes: the rank for a preferred occupation, otherwise {@link
   * Integer#MAX_VALUE}, so that a lower value is always the more wanted pathway.
   */
  public int preferenceOrder() {
    return isPreferred() ? preferenceRank : Integer.MAX_VALUE;
  }

  /** The places the pathway takes: a seat, a position, room in a market (loans are money). */
  public List<CapacityKey> capacityKeys() {
    List<CapacityKey> keys = new ArrayList<>(2);
    if (intakeId != null) {
      keys.add(new CapacityKey(CapacityKey.Kind.INTAKE, intakeId));
    }
    if (vacancyId != null) {
      keys.add(new CapacityKey(CapacityKey.Kind.VACANCY, vacancyId));
    }
    if (marketKey != null) {
      keys.add(new CapacityKey(CapacityKey.Kind.MARKET, marketKey));
    }
    return keys;
  }

  /** Whether the pathway draws a household's family livelihood loan. */
  public boolean drawsFamilyLivelihoodLoan() {
    return familyLivelihoodCode != null && loanProductCode != null;
  }

  private static void requireNotNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
  }

  /** Builds a {@link PathwayOption} field by field, for mapping code and tests. */
  public static final class Builder {
    private final String id;
    private final UUID clientId;
    private final PathwayKind kind;
    private String label;
    private UUID intakeId;
    private UUID vacancyId;
    private UUID employerId;
    private String marketKey;
    private String loanProductCode;
    private long loanAmountCents;
    private String familyLivelihoodCode;
    private long surplusCents;
    private int preferenceRank;
    private int distanceKm;
    private int trainingWeeks;
    private long trainingCostCents;
    private int retentionPercent;

    private Builder(String id, UUID clientId, PathwayKind kind) {
      this.id = id;
      this.clientId = clientId;
      this.kind = kind;
    }

    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /** A seat in this intake, lasting {@code weeks} and costing {@code costCents}. */
    public Builder training(UUID intakeId, int weeks, long costCents) {
      this.intakeId = intakeId;
      this.trainingWeeks = weeks;
      this.trainingCostCents = costCents;
      return this;
    }

    public Builder vacancy(UUID vacancyId, UUID employerId) {
      this.vacancyId = vacancyId;
      this.employerId = employerId;
      return this;
    }

    public Builder market(String marketKey) {
      this.marketKey = marketKey;
      return this;
    }

    public Builder loan(String productCode, long amountCents) {
      this.loanProductCode = productCode;
      this.loanAmountCents = amountCents;
      return this;
    }

    public Builder familyLivelihood(String code) {
      this.familyLivelihoodCode = code;
      return this;
    }

    public Builder surplusCents(long surplusCents) {
      this.surplusCents = surplusCents;
      return this;
    }

    public Builder preferenceRank(int preferenceRank) {
      this.preferenceRank = preferenceRank;
      return this;
    }

    public Builder distanceKm(int distanceKm) {
      this.distanceKm = distanceKm;
      return this;
    }

    /** How likely, in percent, a placement like it holds six months. */
    public Builder retentionPercent(int retentionPercent) {
      this.retentionPercent = retentionPercent;
      return this;
    }

    public PathwayOption build() {
      return new PathwayOption(
          id,
          clientId,
          kind,
          label,
          intakeId,
          vacancyId,
          employerId,
          marketKey,
          loanProductCode,
          loanAmountCents,
          familyLivelihoodCode,
          surplusCents,
          preferenceRank,
          distanceKm,
          trainingWeeks,
          trainingCostCents,
          retentionPercent);
    }
  }
}
