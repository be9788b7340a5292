package org.livelihoodmatch.benchmarks.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.livelihoodmatch.matching.ClientMatches;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.search.SearchIndex;
import org.livelihoodmatch.search.SearchQuery;
import org.livelihoodmatch.training.TrainingService;
import org.livelihoodmatch.vacancy.OpenVacancies;
import org.livelihoodmatch.vacancy.VacancyService;
import org.livelihoodmatch.vacancy.VacancyStatus;
import org.livelihoodmatch.vacancy.VacancyTerms;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures the service end to end: how soon a posted (or closed) vacancy is seen (or gone) in
 * search, and how long one client's matches take through {@link ClientMatches} with candidates from
 * the index, against the same generator fed by scanning the tables for her occupations.
 */
final class ServiceProbes {

  private final ApplicationContext app;
  private final SearchIndex index;
  private final LocalDate today;

  ServiceProbes(ApplicationContext app, LocalDate today) {
    this.app = app;
    this.index = app.getBean(SearchIndex.class);
    this.today = today;
  }

  /** Milliseconds from posting to found, then from closing to gone, for {@code samples} each. */
  Latencies[] visibility(UUID employer, int samples) {
    VacancyService vacancies = app.getBean(VacancyService.class);
    Latencies posted = new Latencies();
    Latencies closed = new Latencies();
    for (int i = 0; i < samples; i++) {
      String word = "zzvisible" + Long.toString(i, 26).replaceAll("[0-9]", "q") + "x";
      VacancyTerms terms =
          new VacancyTerms(
              "Cook " + word,
              "cook",
              "12",
              "Street 51, Phnom Penh",
              2,
              new BigDecimal("260.00"),
              48,
              false,
              true,
              18,
              today.plusMonths(1),
              false,
              false,
              false,
              "Kitchen", null);
      long start = System.nanoTime();
      UUID id = vacancies.post(terms, terms, employer, "BENCH", false).id();
      while (index.search(SearchQuery.text(word)).total() == 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
      }
      posted.add(System.nanoTime() - start);
      start = System.nanoTime();
      vacancies.decide(id, VacancyStatus.CLOSED, "benchmark");
      while (index.search(SearchQuery.text(word)).total() > 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
      }
      closed.add(System.nanoTime() - start);
    }
    return new Latencies[] {posted, closed};
  }

  /**
   * One client's matches through the service (index candidates, then the generator): the elapsed
   * and the CPU time of each.
   */
  Latencies[] matches(List<UUID> clients, List<UUID> organisations) {
    ClientMatches matches = app.getBean(ClientMatches.class);
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    Latencies latencies = new Latencies();
    Latencies cpu = new Latencies();
    for (int i = 0; i < clients.size(); i++) {
      signIn(organisations.get(i));
      long startCpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      matches.best(clients.get(i), 20);
      latencies.add(System.nanoTime() - start);
      cpu.add(threads.getCurrentThreadCpuTime() - startCpu);
    }
    return new Latencies[] {latencies, cpu};
  }

  /** The same, with the candidates read by scanning the tables for her occupations. */
  Latencies matchesByTableScan(List<UUID> clients, List<UUID> organisations) {
    ClientDirectory directory = app.getBean(ClientDirectory.class);
    OpenVacancies vacancies = app.getBean(OpenVacancies.class);
    TrainingService trainings = app.getBean(TrainingService.class);
    PathwayGenerator generator = new PathwayGenerator(app.getBean(Catalogue.class));
    Latencies latencies = new Latencies();
    for (int i = 0; i < clients.size(); i++) {
      signIn(organisations.get(i));
      long start = System.nanoTime();
      ClientProfile client = directory.profile(clients.get(i));
      List<String> occupations =
          java.util.stream.Stream.concat(
                  client.preferredOccupations().stream(), client.skills().keySet().stream())
              .distinct()
              .toList();
      var candidates =
          new PathwayGenerator.Candidates(
              vacancies.offers(today, occupations), trainings.upcoming(today, occupations));
      generator.generate(client, candidates, today, 20);
      latencies.add(System.nanoTime() - start);
    }
    return latencies;
  }

  /** {@code n} of the dataset's clients, drawn with a fixed seed, and their organisations. */
  static List<List<UUID>> sampleClients(int n, List<UUID> ngos) {
    Random random = new Random(NationalDataset.SEED + 7);
    List<UUID> clients = new java.util.ArrayList<>();
    List<UUID> organisations = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      int number = random.nextInt(NationalDataset.CLIENTS);
      clients.add(new UUID(NationalDataset.SEED + 3, number));
      organisations.add(ngos.get(number % NationalDataset.NGOS));
    }
    return List.of(clients, organisations);
  }

  private static void signIn(UUID organisation) {
    Staff officer =
        new Staff(
            UUID.randomUUID(),
            "benchmark",
            organisation,
            OrganisationKind.NGO,
            Set.of(Role.OFFICER),
            "",
            true);
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
  }
}
