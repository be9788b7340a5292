package org.livelihoodmatch.vacancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.livelihood.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An employer's offer of work, with the verdict of screening: held for review, open, filled, closed
 * or rejected. Only open vacancies are searched and matched.
 */
@Table("vacancy")
class Vacancy {

  @Id final UUID id;
  @Version Long version;
  UUID employerId;
  String title;
  String occupation;
  String province;
  String workplaceAddress;
  int positions;
  int positionsFilled;
  BigDecimal monthlyWage;
  int hoursPerWeek;
  boolean providesAccommodation;
  boolean providesMeals;
  int minAge;
  LocalDate startDate;
  boolean workerPaysFees;
  boolean employerHoldsDocuments;
  boolean crossBorder;
  String description;
  List<String> languages;
  VacancyStatus status;
  String statusReason;
  List<String> redFlags;
  String source;
  String contactName;
  String contactPhone;
  LocalDate closingDate;
  @ReadOnlyProperty Instant createdAt;

  Vacancy(UUID id, Long version) {
    this.id = id;
    this.version = version;
  }

  /** The terms offered, as screening passed them (fees and held documents are refused before). */
  void offer(VacancyTerms terms) {
    title = terms.title().strip();
    occupation = terms.occupation();
    province = terms.province();
    workplaceAddress = terms.workplaceAddress().strip();
    positions = terms.positions();
    monthlyWage = Money.cents(terms.monthlyWage());
    hoursPerWeek = terms.hoursPerWeek();
    providesAccommodation = terms.providesAccommodation();
    providesMeals = terms.providesMeals();
    minAge = terms.minAge();
    startDate = terms.startDate();
    workerPaysFees = false;
    employerHoldsDocuments = false;
    crossBorder = terms.crossBorder();
    description = terms.description() == null ? "" : terms.description().strip();
    languages = terms.languages().stream().sorted().toList();
  }

  /** Revised terms raised a red flag: held for an officer again, whatever it was. */
  void holdForReview(String reason) {
    status = VacancyStatus.PENDING_REVIEW;
    statusReason = reason;
  }

  boolean hasOpenPosition() {
    return status == VacancyStatus.OPEN && positionsFilled < positions;
  }

  /** A client takes one of its positions; the last one taken fills the vacancy. */
  void fillPosition() {
    if (!hasOpenPosition()) {
      throw new IllegalStateException("vacancy " + id + " has no open position");
    }
    positionsFilled++;
    if (positionsFilled == positions) {
      moveTo(VacancyStatus.FILLED, null);
    }
  }

  /** A client left: her position is free again, and a filled vacancy opens again. */
  void releasePosition() {
    if (positionsFilled > 0) {
      positionsFilled--;
    }
    if (status == VacancyStatus.FILLED) {
      moveTo(VacancyStatus.OPEN, null);
    }
  }

  void moveTo(VacancyStatus next, String reason) {
    if (!status.mayMoveTo(next)) {
      throw new IllegalArgumentException("a vacancy that is " + status + " cannot become " + next);
    }
    this.status = next;
    this.statusReason = reason;
  }
}
