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
    List<String> reasons,
    Retention expectedRetention) {

  /** The kinds of pathway of API.md. */
  public enum Kind {
    JOB,
    TRAINING_THEN_JOB,
    SELF_EMPLOYMENT,
    TRAINING_THEN_SELF_EMPLOYMENT
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

  /** A family livelihood the household takes up, and what it brings a month. */
  public record FamilyLivelihoodChoice(
      String code, String nameEn, BigDecimal capital, BigDecimal monthlyNetIncome) {}

  /** Where the client would work: the vacancy's or business's province. */
  public String workProvince() {
    return job != null ? job.province() : selfEmployment.province();
  }

  public String occupation() {
    return job != null ? job.occupation() : selfEmployment.occupation();
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
