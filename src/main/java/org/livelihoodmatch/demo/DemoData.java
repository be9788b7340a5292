package org.livelihoodmatch.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode ({@code --demo}, profile {@code demo}): after the catalogues are stored and the first
 * administrator is made, creates the demo organisations and users when absent and, when the
 * database holds no client yet, loads the seventeen personas (into Demo NGO A), a synthetic
 * population sized by {@code livelihood.demo.*}, and a few vacancies of Demo Garments Co.
 */
@Component
@Profile("demo")
@Order(20)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final int DEMO_EMPLOYER_VACANCIES = 5;
  private static final int HISTORY_PLACEMENTS = 40;

  private final DemoAccounts accounts;
  private final DemoLoader loader;
  private final Catalogue catalogue;
  private final Clock clock;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final AuditTrail audit;
  private final SyntheticPopulation.Size size;
  private final long seed;
  private final String administration;
  private final DemoHistory history;

  DemoData(
      OrganisationService organisations,
      DemoLoader loader,
      org.livelihoodmatch.client.ClientDirectory directory,
      org.livelihoodmatch.vacancy.OpenVacancies openVacancies,
      org.livelihoodmatch.training.TrainingService trainings,
      org.livelihoodmatch.placement.Placing placing,
      Catalogue catalogue,
      Clock clock,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      AuditTrail audit,
      @Value("${livelihood.demo.clients:300}") int clients,
      @Value("${livelihood.demo.intakes:60}") int intakes,
      @Value("${livelihood.demo.vacancies:400}") int vacancies,
      @Value("${livelihood.demo.employers:30}") int employers,
      @Value("${livelihood.demo.seed:20090601}") long seed,
      @Value("${LIVELIHOOD_ADMIN_ORGANISATION:Administration}") String administration) {
    this.accounts = new DemoAccounts(organisations);
    this.loader = loader;
    this.catalogue = catalogue;
    this.clock = clock;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.audit = audit;
    this.size = new SyntheticPopulation.Size(clients, intakes, vacancies, employers);
    this.seed = seed;
    this.administration = administration;
    this.history = new DemoHistory(directory, openVacancies, trainings, placing, catalogue, clock);
  }

  @Override
  public void run(ApplicationArguments args) {
    DemoAccounts.Ids ids = transaction.execute(status -> accounts.ensure(administration));
    if (Boolean.TRUE.equals(
        jdbc.queryForObject("select exists (select 1 from client)", Boolean.class))) {
      log.info("Demo mode: clients exist already, no synthetic data loaded");
      return;
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(clock);
    SyntheticPopulation synthetic = new SyntheticPopulation(catalogue, today);
    SyntheticPopulation.Population population = synthetic.generate(seed, size);
    SyntheticEmployer demoEmployer =
        new SyntheticEmployer(
            DemoAccounts.EMPLOYER,
            "garment",
            "12",
            null,
            null,
            null,
            DemoAccounts.EMPLOYER_ADDRESS);
    SyntheticPopulation.Population ownVacancies =
        new SyntheticPopulation.Population(
            List.of(),
            List.of(),
            List.of(demoEmployer),
            synthetic.vacanciesOf(seed, demoEmployer, DEMO_EMPLOYER_VACANCIES));
    DemoLoader.Loaded loaded =
        transaction.execute(
            status -> {
              int personas = loader.loadClients(synthetic.personas(), ids.ngoA());
              DemoLoader.Loaded drawn = loader.load(population, ids.ngoA(), ids.ngoB());
              DemoLoader.Loaded own = loader.load(ownVacancies, ids.ngoA(), ids.ngoB());
              DemoLoader.Loaded total =
                  new DemoLoader.Loaded(
                      personas + drawn.clients(),
                      drawn.intakes(),
                      drawn.employers(),
                      drawn.vacancies() + own.vacancies());
              audit.record("CREATE", "DEMO_DATA", null, "seed " + seed + ": " + total);
              return total;
            });
    int placed = history.create(ids.ngoA(), HISTORY_PLACEMENTS, seed);
    log.info(
        "Demo mode: {} placements with their follow-ups made through the placement service",
        placed);
    log.info(
        "Demo mode: loaded {} clients ({} personas), {} intakes, {} employers, {} vacancies"
            + " (seed {}) in {} ms",
        loaded.clients(),
        synthetic.personas().size(),
        loaded.intakes(),
        loaded.employers(),
        loaded.vacancies(),
        seed,
        (System.nanoTime() - started) / 1_000_000);
  }
}
