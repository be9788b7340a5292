package org.livelihoodmatch.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cohort of a vocational course: when and where it runs, how many seats, and who may join
 * (minimum age, sex, literacy). Its end date follows from start and duration.
 */
@Table("training_intake")
class TrainingIntake {

  @Id final UUID id;
  @Version Long version;
  UUID organisationId;
  String title;
  String occupation;
  String provider;
  String province;
  LocalDate startDate;
  int durationWeeks;
  LocalDate endDate;
  int seats;
  int seatsTaken;
  int minAge;
  String sex;
  String literacyRequired;
  boolean providesAccommodation;
  BigDecimal monthlyStipend;
  BigDecimal costPerTrainee;
  List<String> languages;
  String kind = "VOCATIONAL";
  String contactName;
  String contactPhone;

  TrainingIntake(UUID id, Long version) {
    this.id = id;
    this.version = version;
  }

  void schedule(LocalDate start, int weeks) {
    this.startDate = start;
    this.durationWeeks = weeks;
    this.endDate = start.plusWeeks(weeks).minusDays(1);
  }

  /** A client takes one of its seats. */
  void takeSeat() {
    if (openSeats() <= 0) {
      throw new IllegalStateException("intake " + id + " has no seat left");
    }
    seatsTaken++;
  }

  /** A client dropped out before the course ended: her seat is free again. */
  void releaseSeat() {
    if (seatsTaken > 0) {
      seatsTaken--;
    }
  }

  int openSeats() {
    return Math.max(0, seats - seatsTaken);
  }
}
