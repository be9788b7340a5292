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
      List<String> languages,
      String kind) {

    /** A training as posted: what names it, of a kind the caller need not say. */
    public Training(
        UUID id,
        String title,
        String occupation,
        String province,
        LocalDate startDate,
        LocalDate endDate,
        List<String> languages) {
      this(id, title, occupation, province, startDate, endDate, languages, null);
    }
  }

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

  /**
   * A family livelihood: the household's, in its own province ({@code province}), first earning
   * after {@code monthsToFirstIncome} months.
   */
  public record FamilyLivelihood(
      String code,
      String name,
      BigDecimal capital,
      BigDecimal monthlyNetIncome,
      String province,
      String occupation,
      Integer monthsToFirstIncome) {

    /** A family livelihood as posted: its code is what names it. */
    public FamilyLivelihood(
        String code, String name, BigDecimal capital, BigDecimal monthlyNetIncome) {
      this(code, name, capital, monthlyNetIncome, null, null, null);
    }
  }

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

  /** The market it takes room in, as {@link Pathway#marketKey()} says. */
  public String marketKey() {
    if (selfEmployment != null) {
      return selfEmployment.marketKey();
    }
    return familyLivelihood != null && familyLivelihood.province() != null
        ? familyLivelihood.province() + ":" + familyLivelihood.occupation()
        : null;
  }

  /** The occupation it leads to, as {@link Pathway#occupation()} says. */
  public String occupation() {
    if (vacancy != null) {
      return vacancy.occupation();
    }
    if (selfEmployment != null) {
      return selfEmployment.occupation();
    }
    if ("EDUCATION".equals(kind) && training != null) {
      return training.occupation() != null
          ? training.occupation()
          : training.kind() == null ? "school" : training.kind().toLowerCase(java.util.Locale.ROOT);
    }
    return familyLivelihood != null ? familyLivelihood.occupation() : null;
  }

  /** Where she works, studies or lives, as {@link Pathway#workProvince()} says. */
  public String workProvince() {
    if (vacancy != null) {
      return vacancy.province();
    }
    if (selfEmployment != null) {
      return selfEmployment.province();
    }
    if (training != null && (familyLivelihood == null || "EDUCATION".equals(kind))) {
      return training.province();
    }
    return familyLivelihood != null ? familyLivelihood.province() : null;
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
                t.languages().stream().sorted().toList(),
                t.kind().name()),
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
            : new FamilyLivelihood(
                f.code(),
                f.nameEn(),
                f.capital(),
                f.monthlyNetIncome(),
                f.province(),
                f.occupation(),
                f.monthsToFirstIncome()),
        p.budget(),
        p.preferenceRank(),
        p.score(),
        p.reasons(),
        ExpectedRetention.of(p.expectedRetention()));
  }
}
