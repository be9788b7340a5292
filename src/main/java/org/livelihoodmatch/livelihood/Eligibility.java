package org.livelihoodmatch.livelihood;

import java.time.LocalDate;
import org.livelihoodmatch.catalogue.Occupation;

/**
 * The rules of the trade a pathway must respect before its budget is even looked at: the labour
 * law's ages (no work under 15, no hazardous work under 18), an intake's sex, age and literacy, the
 * places a client must avoid, a language she shares with the workplace or the course, and dates
 * (training ends before the job starts, nothing starts before the client is available).
 */
final class Eligibility {

  static final int MINIMUM_WORKING_AGE = 15;
  static final int HAZARDOUS_WORK_AGE = 18;

  private Eligibility() {}

  static boolean mayWorkIn(ClientProfile client, String province) {
    return client.mayWorkIn(province);
  }

  static LocalDate earliestStart(ClientProfile client, LocalDate today) {
    LocalDate available = client.availableFrom();
    return available != null && available.isAfter(today) ? available : today;
  }

  static boolean mayTakeJob(
      ClientProfile client, JobOffer job, Occupation occupation, LocalDate earliestStart) {
    if (job.openPositions() <= 0 || job.startDate().isBefore(earliestStart)) {
      return false;
    }
    if (!client.speaksAnyOf(job.languages()) || !mayWorkIn(client, job.province())) {
      return false;
    }
    return oldEnough(client, job.startDate(), job.minAge(), occupation);
  }

  static boolean oldEnough(
      ClientProfile client, LocalDate on, int employerMinAge, Occupation occupation) {
    int age = client.ageOn(on);
    int legal = occupation.hazardousForMinors() ? HAZARDOUS_WORK_AGE : MINIMUM_WORKING_AGE;
    return age >= Math.max(legal, employerMinAge);
  }

  static boolean mayJoin(ClientProfile client, TrainingOffer intake, LocalDate earliestStart) {
    if (intake.openSeats() <= 0 || intake.startDate().isBefore(earliestStart)) {
      return false;
    }
    if (!client.speaksAnyOf(intake.languages()) || !mayWorkIn(client, intake.province())) {
      return false;
    }
    if (intake.sex() != null && !intake.sex().equals(client.sex())) {
      return false;
    }
    if (client.literacy().compareTo(intake.literacyRequired()) < 0) {
      return false;
    }
    return client.ageOn(intake.startDate()) >= intake.minAge();
  }

  /**
   * A client can start without training in an occupation she is trained or experienced in; garment
   * factories train on the job, so they take anyone of working age.
   */
  static boolean readyWithoutTraining(ClientProfile client, Occupation occupation) {
    return client.isSkilledIn(occupation.code()) || "garment".equals(occupation.sector());
  }
}
