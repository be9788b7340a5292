package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.client.ClientDirectory.CohortMember;
import org.livelihoodmatch.livelihood.JobOffer;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.livelihood.TrainingOffer;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.placement.Concern;
import org.livelihoodmatch.placement.EndReason;
import org.livelihoodmatch.placement.Placing;
import org.livelihoodmatch.planning.CohortAssembly;
import org.livelihoodmatch.training.TrainingService;
import org.livelihoodmatch.vacancy.OpenVacancies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Gives the demo a living caseload: some of Demo NGO A's clients placed 1 to 14 months ago on one
 * of their own pathways, with the monthly visits that would have been made since, a few concerns
 * and short months (alerts), some visits overdue, some placements ended. It goes through {@link
 * Placing}, as officer-a would through the API, so every rule, capacity, audit row and event holds.
 */
final class DemoHistory {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
  private static final EndReason[] ENDINGS = {
    EndReason.LEFT_JOB, EndReason.DISMISSED, EndReason.MOVED, EndReason.OTHER
  };

  private final ClientDirectory clients;
  private final OpenVacancies vacancies;
  private final TrainingService trainings;
  private final Placing placing;
  private final PathwayGenerator generator;
  private final Clock clock;

  DemoHistory(
      ClientDirectory clients,
      OpenVacancies vacancies,
      TrainingService trainings,
      Placing placing,
      Catalogue catalogue,
      Clock clock) {
    this.clients = clients;
    this.vacancies = vacancies;
    this.trainings = trainings;
    this.placing = placing;
    this.generator = new PathwayGenerator(catalogue);
    this.clock = clock;
  }

  /** Places up to {@code count} clients of {@code ngo} with a history; returns how many. */
  int create(UUID ngo, int count, long seed) {
    Staff officer =
        new Staff(
            UUID.randomUUID(),
            "officer-a",
            ngo,
            OrganisationKind.NGO,
            Set.of(Role.OFFICER),
            "",
            true);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                officer, null, officer.getAuthorities()));
    try {
      return placeSome(count, new Random(seed));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private int placeSome(int count, Random random) {
    LocalDate today = LocalDate.now(clock);
    Map<String, List<JobOffer>> jobs =
        vacancies.all(today).stream().collect(Collectors.groupingBy(JobOffer::occupation));
    Map<String, List<TrainingOffer>> intakes =
        trainings.upcoming(today).stream()
            .collect(Collectors.groupingBy(CohortAssembly::occupationKey));
    int placed = 0;
    for (CohortMember member : clients.members(clients.activeClients(null, null))) {
      if (placed >= count) {
        break;
      }
      if (random.nextInt(3) != 0) {
        continue; // about one client in three has a history
      }
      // Placements made months ago: a job or business she took up then, not a course still to come.
      List<Pathway> options =
          generator
              .generate(
                  member.profile(),
                  CohortAssembly.candidatesFor(member.profile(), jobs, intakes),
                  today,
                  5)
              .stream()
              .filter(p -> p.training() == null)
              .toList();
      if (options.isEmpty()) {
        continue;
      }
      Pathway pathway = options.get(random.nextInt(options.size()));
      int monthsAgo = 1 + random.nextInt(14);
      try {
        UUID placement =
            placing.place(
                member.profile().id(),
                PathwayView.of(pathway),
                today.minusMonths(monthsAgo).minusDays(random.nextInt(20)),
                "Demo history");
        visit(placement, pathway, today.minusMonths(monthsAgo), today, random);
        placed++;
      } catch (RuntimeException e) {
        log.debug("Demo history: {} not placed: {}", member.code(), e.getMessage());
      }
    }
    return placed;
  }

  /** The visits made since the start; some missed (overdue), some worrying, some ending it. */
  private void visit(UUID placement, Pathway p, LocalDate start, LocalDate today, Random random) {
    boolean lapses = random.nextInt(4) == 0;
    int endAt = random.nextInt(5) == 0 ? 2 + random.nextInt(10) : 0;
    for (int month = 1; month <= 12; month++) {
      LocalDate due = start.plusMonths(month);
      LocalDate late = due.plusDays(random.nextInt(6));
      LocalDate visitDate = late.isAfter(today) ? today : late;
      if (due.isAfter(today) || lapses && !due.plusMonths(2).isBefore(today)) {
        return; // not yet due, or the officer has fallen behind: overdue on the caseload
      }
      boolean shortMonth = random.nextInt(10) == 0;
      BigDecimal income = p.budget().income().add(p.budget().inKind());
      var costs = p.budget().livingCosts();
      List<Concern> concerns =
          random.nextInt(8) == 0
              ? List.of(Concern.values()[random.nextInt(Concern.values().length)])
              : List.of();
      placing.recordVisit(
          placement,
          new Placing.VisitReport(
              month,
              visitDate,
              true,
              shortMonth
                  ? income.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP)
                  : income,
              costs.food(),
              costs.accommodation(),
              costs.transport(),
              costs.other(),
              p.budget().remittance(),
              p.loan() == null ? null : random.nextInt(10) != 0,
              concerns,
              null));
      if (month == endAt) {
        placing.end(placement, visitDate, ENDINGS[random.nextInt(ENDINGS.length)], "Demo history");
        return;
      }
    }
  }
}
