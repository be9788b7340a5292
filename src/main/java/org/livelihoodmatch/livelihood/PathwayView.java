package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pathway as the API shows it, in matches and in plan assignments alike (API.md). */
public record PathwayView(
    String kind,
    Training training,
    Vacancy vacancy,
    SelfEmployment selfEmployment,
    Loan loan,
    FamilyLivelihood familyLivelihood,
    Budget budget,
    int preferenceRank,
    double score,
    List<String> reasons,
    ExpectedRetention expectedRetention) {

  /** A pathway as posted or pinned: what names it, no figures, no estimate. */
  public PathwayView(
      String kind,
      Training training,
      Vacancy vacancy,
      SelfEmployment selfEmployment,
      Loan loan,
      FamilyLivelihood familyLivelihood,
      Budget budget,
      int preferenceRank,
      double score,
      List<String> reasons) {
    this(
        kind,
        training,
        vacancy,
        selfEmployment,
        loan,
        familyLivelihood,
        budget,
        preferenceRank,
        score,
        reasons,
        null);
  }

  public record Training(
      UUID id,
      String title,
      String occupation,
      String province,
      LocalDate startDate,
      LocalDate endDate,
      List<String> languages) {}

  public record Vacancy(
      UUID id,
      String title,
      String occupation,
      String province,
      BigDecimal monthlyWage,
      List<String> languages) {}

  /**
   * A small business; {@code incomeSource} says whether its income is the catalogue's figure or
   * moved by incomes reported at follow-ups ({@code "catalogue"|"observed"}).
   */
  public record SelfEmployment(
      String province,
      String occupation,
      BigDecimal netMonthlyIncome,
      BigDecimal startupCapital,
      String marketKey,
      String incomeSource) {

    public SelfEmployment(
        String province,
        String occupation,
        BigDecimal netMonthlyIncome,
        BigDecimal startupCapital,
        String marketKey) {
      this(province, occupation, netMonthlyIncome, startupCapital, marketKey, null);
    }
  }

  /**
   * How likely a placement like this one still holds after {@code months} months, and the recorded
   * placements of the same employer, provider or market it rests on (API.md "Outcomes").
   */
  public record ExpectedRetention(
      int months,
      double probability,
      int basedOn,
      int held,
      int endedSooner,
      int tooRecent,
      String pooledBy) {

    static ExpectedRetention of(Retention r) {
      return r == null
          ? null
          : new ExpectedRetention(
              r.months(),
              Math.round(r.probability() * 100.0) / 100.0,
              r.basedOn(),
              r.held(),
              r.endedSooner(),
              r.tooRecent(),
              r.unit().name());
    }
  }

  public record Loan(
      String product, BigDecimal amount, BigDecimal monthlyRepayment, int termMonths) {}

  public record FamilyLivelihood(
      String code, String name, BigDecimal capital, BigDecimal monthlyNetIncome) {}

  /**
   * The key of the pathway this view shows: the same as {@code Pathway.key()}, so a pathway copied
   * from matches or a plan names the same option again when it is pinned or placed.
   */
  public String key() {
    return kind
        + "|"
        + (training == null ? "-" : training.id())
        + "|"
        + (vacancy == null ? "-" : vacancy.id())
        + "|"
        + (selfEmployment == null ? "-" : selfEmployment.marketKey())
        + "|"
        + (loan == null ? "-" : loan.product())
        + "|"
        + (familyLivelihood == null ? "-" : familyLivelihood.code());
  }

  public static PathwayView of(Pathway p) {
    var t = p.training();
    var j = p.job();
    var s = p.selfEmployment();
    var l = p.loan();
    var f = p.familyLivelihood();
    return new PathwayView(
        p.kind().name(),
        t == null
            ? null
            : new Training(
                t.id(),
                t.title(),
                t.occupation(),
                t.province(),
                t.startDate(),
                t.endDate(),
                t.languages().stream().sorted().toList()),
        j == null
            ? null
            : new Vacancy(
                j.id(),
                j.title(),
                j.occupation(),
                j.province(),
                j.monthlyWage(),
                j.languages().stream().sorted().toList()),
        s == null
            ? null
            : new SelfEmployment(
                s.province(),
                s.occupation(),
                s.netMonthlyIncome(),
                s.capital(),
                s.marketKey(),
                s.incomeSource() == null ? null : s.incomeSource().apiName()),
        l == null
            ? null
            : new Loan(l.productCode(), l.amount(), l.monthlyRepayment(), l.termMonths()),
        f == null
            ? null
            : new FamilyLivelihood(f.code(), f.nameEn(), f.capital(), f.monthlyNetIncome()),
        p.budget(),
        p.preferenceRank(),
        p.score(),
        p.reasons(),
        ExpectedRetention.of(p.expectedRetention()));
  }
}
