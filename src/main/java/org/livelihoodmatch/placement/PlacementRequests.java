package org.livelihoodmatch.placement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.client.ClosureReason;
import org.livelihoodmatch.livelihood.Money;
import org.livelihoodmatch.system.Validation;

/** The bodies of the placement endpoints (API.md, "Placements"), each checked field by field. */
final class PlacementRequests {

  private PlacementRequests() {}

  /** {@code POST /api/v1/clients/{id}/placements}. */
  record Place(PostedPathway pathway, LocalDate startDate, @Size(max = 2000) String note) {}

  /**
   * {@code POST /api/v1/placements/{id}/follow-ups}. {@code id} is optional: a UUID the caller made
   * for this visit (the phone's offline queue makes one when the officer saves it), so that sending
   * the same visit again stores it once and answers the visit already stored.
   */
  record FollowUpVisit(
      @NotNull @Min(1) @Max(12) Integer month,
      @NotNull LocalDate visitDate,
      @NotNull Boolean stillInPlacement,
      @NotNull @PositiveOrZero BigDecimal monthlyIncome,
      @NotNull @Valid LivingCosts livingCosts,
      @PositiveOrZero BigDecimal remittance,
      Boolean loanRepaid,
      @Size(max = 6) List<@NotNull Concern> concerns,
      @Size(max = 2000) String note,
      UUID id) {

    /**
     * The visit without the caller's id, for callers that send none (their visit gets an id made by
     * the service).
     */
    FollowUpVisit(
        Integer month,
        LocalDate visitDate,
        Boolean stillInPlacement,
        BigDecimal monthlyIncome,
        LivingCosts livingCosts,
        BigDecimal remittance,
        Boolean loanRepaid,
        List<Concern> concerns,
        String note) {
      this(
          month,
          visitDate,
          stillInPlacement,
          monthlyIncome,
          livingCosts,
          remittance,
          loanRepaid,
          concerns,
          note,
          null);
    }

    /** The visit, after the annotations and the money's cents are checked. */
    Visit checked(Validation validation) {
      Validation.Problems problems = validation.of(this);
      money(problems, "monthlyIncome", monthlyIncome);
      money(problems, "remittance", remittance);
      if (livingCosts != null) {
        money(problems, "livingCosts.food", livingCosts.food());
        money(problems, "livingCosts.accommodation", livingCosts.accommodation());
        money(problems, "livingCosts.transport", livingCosts.transport());
        money(problems, "livingCosts.other", livingCosts.other());
      }
      problems.throwIfAny();
      return new Visit(
          month,
          visitDate,
          stillInPlacement,
          monthlyIncome,
          livingCosts.food(),
          livingCosts.accommodation(),
          livingCosts.transport(),
          livingCosts.other(),
          remittance == null ? BigDecimal.ZERO : remittance,
          loanRepaid,
          concerns == null ? List.of() : concerns.stream().distinct().toList(),
          note == null || note.isBlank() ? null : note.strip());
    }
  }

  /** What living cost her in the month, by category. */
  record LivingCosts(
      @NotNull @PositiveOrZero BigDecimal food,
      @NotNull @PositiveOrZero BigDecimal accommodation,
      @NotNull @PositiveOrZero BigDecimal transport,
      @NotNull @PositiveOrZero BigDecimal other) {}

  /** {@code POST /api/v1/placements/{id}/end}. */
  record End(@NotNull LocalDate date, @NotNull EndReason reason, @Size(max = 2000) String note) {}

  /** {@code POST /api/v1/clients/{id}/closure}. */
  record Closure(
      @NotNull ClosureReason reason,
      @NotNull LocalDate meetingDate,
      @Size(max = 2000) String note) {}

  private static void money(Validation.Problems problems, String field, BigDecimal amount) {
    if (!problems.has(field) && !Money.inWholeCents(amount)) {
      problems.add(field, Money.NOT_IN_CENTS);
    }
  }

  static String text(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }
}
