package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.util.List;

/**
 * One way into a livelihood for one client: optional training, then a job or a small business,
 * optionally with a loan and a family livelihood, with its budget, how well it meets her wishes,
 * how likely a placement like it is to hold, and why.
 */
public record Pathway(
    Kind kind,
    TrainingOffer training,
    JobOffer job,
    SelfEmployment selfEmployment,
    Loan loan,
    FamilyLivelihoodChoice familyLivelihood,
    Budget budget,
    int preferenceRank,
    int distanceKm,
    double score,
    List<Reason> why,
    Retention expectedRetention) {

  /** Why it is offered, in English (what the API says); {@link #why()} says it for pages. */
  public List<String> reasons() {
    return why.stream().map(Reason::english).toList();
  }

  /**
   * The kinds of pathway of API.md: work (a job or a business, after training or not), a family
   * livelihood of its own, and school or literacy (often with a family livelihood that keeps the
   * household going meanwhile).
   */
  public enum Kind {
    JOB,
    TRAINING_THEN_JOB,
    SELF_EMPLOYMENT,
    TRAINING_THEN_SELF_EMPLOYMENT,
    FAMILY_LIVELIHOOD,
    EDUCATION;

    /** Whether she works in it: a child under 15 is offered no such pathway. */
    public boolean isWork() {
      return this != FAMILY_LIVELIHOOD && this != EDUCATION;
    }
  }

  /**
   * A small business in a province's market, with the income expected of it and where that figure
   * comes from (the catalogue, or incomes reported at follow-ups).
   */
  public record SelfEmployment(
      String province,
      String occupation,
      BigDecimal netMonthlyIncome,
      BigDecimal capital,
      IncomeEstimate.Source incomeSource) {
    public String marketKey() {
      return province + ":" + occupation;
    }
  }

  /** A loan from a catalogue product. */
  public record Loan(
      String productCode, BigDecimal amount, BigDecimal monthlyRepayment, int termMonths) {}

  /**
   * A family livelihood the household takes up in its own province, what it brings a month once
   * running, and after how many months.
   */
  public record FamilyLivelihoodChoice(
      String code,
      String nameEn,
      BigDecimal capital,
      BigDecimal monthlyNetIncome,
      String province,
      String occupation,
      int monthsToFirstIncome) {

    /** Its market: family livelihoods count against a market's room like other businesses. */
    public String marketKey() {
      return province + ":" + occupation;
    }
  }

  /**
   * Where the client would work, study or live: the vacancy's or business's province, the school's,
   * or the household's for a family livelihood.
   */
  public String workProvince() {
    if (job != null) {
      return job.province();
    }
    if (selfEmployment != null) {
      return selfEmployment.province();
    }
    if (kind == Kind.EDUCATION) {
      return training.province();
    }
    return familyLivelihood.province();
  }

  /**
   * The occupation it leads to; for school or literacy without one, {@code "school"} or {@code
   * "literacy"}.
   */
  public String occupation() {
    if (job != null) {
      return job.occupation();
    }
    if (selfEmployment != null) {
      return selfEmployment.occupation();
    }
    if (kind == Kind.EDUCATION) {
      return training.occupation() != null
          ? training.occupation()
          : training.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
    return familyLivelihood.occupation();
  }

  /**
   * The market one more business of this pathway takes room in: its own business's, else its family
   * livelihood's; {@code null} for a job alone or school alone.
   */
  public String marketKey() {
    if (selfEmployment != null) {
      return selfEmployment.marketKey();
    }
    return familyLivelihood == null ? null : familyLivelihood.marketKey();
  }

  /** A stable key telling two pathways of one client apart. */
  public String key() {
    return kind
        + "|"
        + (training == null ? "-" : training.id())
        + "|"
        + (job == null ? "-" : job.id())
        + "|"
        + (selfEmployment == null ? "-" : selfEmployment.marketKey())
        + "|"
        + (loan == null ? "-" : loan.productCode())
        + "|"
        + (familyLivelihood == null ? "-" : familyLivelihood.code());
  }

  public BigDecimal surplus() {
    return budget.surplus();
  }
}
