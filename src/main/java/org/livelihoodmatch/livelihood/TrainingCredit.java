package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.livelihoodmatch.catalogue.Catalogue;

/**
 * Credits training with what it adds, not only charges it for its length: the income of the job or
 * business it leads to against the best income she could earn without it (her untrained options
 * here, or else the garment floor a factory pays anyone of working age). Up to {@link #MAX_CREDIT}
 * of score for US$100 a month more.
 */
final class TrainingCredit {

  static final double MAX_CREDIT = 0.10;
  private static final double FULL_CREDIT_DOLLARS = 100.0;

  static final TrainingCredit NONE = new TrainingCredit(null);

  private final BigDecimal baseline;

  private TrainingCredit(BigDecimal baseline) {
    this.baseline = baseline;
  }

  static TrainingCredit of(Collection<Pathway> found, Catalogue catalogue, LocalDate today) {
    BigDecimal best =
        found.stream()
            .filter(p -> p.training() == null && p.kind().isWork())
            .map(TrainingCredit::earnings)
            .max(BigDecimal::compareTo)
            .orElseGet(
                () ->
                    catalogue
                        .wageFloor("garment", today)
                        .map(f -> f.monthlyWage())
                        .orElse(Money.ZERO));
    return new TrainingCredit(Money.cents(best));
  }

  /** What she earns from the work itself: the wage or the business's income. */
  private static BigDecimal earnings(Pathway p) {
    return p.job() != null ? p.job().monthlyWage() : p.selfEmployment().netMonthlyIncome();
  }

  /** The monthly income the training adds; zero for no training, school, or no gain. */
  BigDecimal gain(Pathway p) {
    if (baseline == null || p.training() == null || !p.kind().isWork()) {
      return Money.ZERO;
    }
    BigDecimal gain = Money.cents(earnings(p)).subtract(baseline);
    return gain.signum() > 0 ? gain : Money.ZERO;
  }

  Pathway credited(Pathway p) {
    BigDecimal gain = gain(p);
    if (gain.signum() == 0) {
      return p;
    }
    double credit = MAX_CREDIT * Math.min(1.0, gain.doubleValue() / FULL_CREDIT_DOLLARS);
    double score = Math.round(Math.min(1.0, p.score() + credit) * 100.0) / 100.0;
    return new Pathway(
        p.kind(),
        p.training(),
        p.job(),
        p.selfEmployment(),
        p.loan(),
        p.familyLivelihood(),
        p.budget(),
        p.preferenceRank(),
        p.distanceKm(),
        score,
        p.why(),
        p.expectedRetention());
  }

  List<Reason> reasons(Pathway p) {
    BigDecimal gain = gain(p);
    return gain.signum() == 0
        ? List.of()
        : List.of(
            Reason.of(
                "the training adds "
                    + gain
                    + " a month over the best income without it ("
                    + baseline
                    + ")",
                "reason.trainingCredit",
                new Reason.Money(gain),
                new Reason.Money(baseline)));
  }
}
