package org.livelihoodmatch.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.livelihood.Budget;
import org.livelihoodmatch.livelihood.Pathway;

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
    List<String> reasons) {

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

  public record SelfEmployment(
      String province,
      String occupation,
      BigDecimal netMonthlyIncome,
      BigDecimal startupCapital,
      String marketKey) {}

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
                s.province(), s.occupation(), s.netMonthlyIncome(), s.capital(), s.marketKey()),
        l == null
            ? null
            : new Loan(l.productCode(), l.amount(), l.monthlyRepayment(), l.termMonths()),
        f == null
            ? null
            : new FamilyLivelihood(f.code(), f.nameEn(), f.capital(), f.monthlyNetIncome()),
        p.budget(),
        p.preferenceRank(),
        p.score(),
        p.reasons());
  }
}
