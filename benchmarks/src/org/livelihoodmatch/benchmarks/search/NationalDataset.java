package org.livelihoodmatch.benchmarks.search;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.Province;
import org.postgresql.PGConnection;

/**
 * A national-scale dataset with a fixed seed, written straight into the service's tables with
 * {@code COPY}: 100,000 open vacancies, 20,000 intakes that have not started, 50,000 clients of 20
 * NGOs (with skills), and the catalogue's self-employment options. Titles are in English or Khmer
 * (about a third Khmer), with everyday synonyms from the catalogue; descriptions mix working
 * conditions with mentions of other trades ("next to a barber shop"), so that ranking matters.
 */
final class NationalDataset {

  /** {@code -Dbenchmark.scale=0.05} for a quick try; the recorded results use 1. */
  static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));

  static final int VACANCIES = (int) (100_000 * SCALE);
  static final int INTAKES = (int) (20_000 * SCALE);
  static final int CLIENTS = (int) (50_000 * SCALE);
  static final int EMPLOYERS = 40;
  static final int NGOS = 20;
  static final long SEED = 20_270_101L;

  final List<UUID> employers = new ArrayList<>();
  final List<UUID> ngos = new ArrayList<>();
  private final Random random = new Random(SEED);
  private final Weighted<Occupation> occupations;
  private final Weighted<Province> provinces;
  private final LocalDate today;

  NationalDataset(Catalogue catalogue, LocalDate today) {
    this.today = today;
    this.occupations = Weighted.occupations(catalogue.occupations());
    this.provinces = Weighted.provinces(catalogue.provinces());
  }

  /** Writes everything; answers the number of rows written. */
  long writeTo(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      Copy copy = new Copy(connection.unwrap(PGConnection.class));
      StringBuilder organisations = new StringBuilder();
      for (int i = 0; i < EMPLOYERS + NGOS; i++) {
        UUID id = new UUID(SEED, i);
        boolean employer = i < EMPLOYERS;
        (employer ? employers : ngos).add(id);
        Csv.row(
            organisations,
            id,
            0,
            (employer ? "Employer " : "NGO ") + i,
            employer ? "EMPLOYER" : "NGO",
            "12",
            employer,
            1 + CLIENTS);
      }
      copy.into(
          "organisation (id, version, name, kind, province, verified, next_client_number)",
          organisations);
      long rows = EMPLOYERS + NGOS;
      rows +=
          copy.rows(
              "vacancy (id, version, employer_id, title, occupation, province, workplace_address,"
                  + " positions, monthly_wage, hours_per_week, provides_accommodation,"
                  + " provides_meals, min_age, start_date, worker_pays_fees,"
                  + " employer_holds_documents, cross_border, description, status, red_flags,"
                  + " source)",
              VACANCIES,
              this::vacancy);
      rows +=
          copy.rows(
              "training_intake (id, version, organisation_id, title, occupation,"
                  + " provider, province, start_date, duration_weeks, end_date, seats, min_age,"
                  + " literacy_required, provides_accommodation, monthly_stipend)",
              INTAKES,
              this::intake);
      StringBuilder skills = new StringBuilder();
      rows +=
          copy.rows(
              "client (id, version, organisation_id, code, given_name, family_name, sex,"
                  + " birth_date, home_province, languages, literacy, pref_occupations,"
                  + " pref_provinces, pref_willing_to_relocate, pref_self_employment,"
                  + " hh_dependants, hh_monthly_remittance, hh_can_live_at_home, avoid_provinces,"
                  + " needs_health_clinic, status)",
              CLIENTS,
              (out, i) -> client(out, skills, i));
      copy.into("client_skill (client_id, idx, occupation, level)", skills);
      try (var statement = connection.createStatement()) {
        connection.setAutoCommit(true);
        statement.execute("vacuum analyze"); // as a database in use would be: statistics, no
        statement.execute("checkpoint"); // bulk-load backlog while the rebuild is measured
      }
      return rows;
    }
  }

  private void vacancy(StringBuilder out, int i) {
    Occupation o = occupations.pick(random);
    Province p = provinces.pick(random);
    boolean khmer = random.nextInt(3) == 0;
    String title = khmer ? Texts.khmerTitle(o, p, random) : Texts.englishTitle(o, p, random);
    StringBuilder description = new StringBuilder();
    description.append(pick(Texts.CONDITIONS_EN)).append(' ').append(pick(Texts.CONDITIONS_EN));
    if (random.nextInt(3) == 0) {
      description.append(' ').append(pick(Texts.CONDITIONS_KM));
    }
    if (random.nextInt(10) < 3) { // a mention of another trade: noise for ranking
      Occupation other = occupations.pick(random);
      description.append(" Next to a ").append(Texts.synonym(other, random)).append('.');
    }
    double wage = o.marketWage().doubleValue() * (0.9 + random.nextDouble() * 0.3);
    Csv.row(
        out,
        new UUID(SEED + 1, i),
        0,
        employers.get(random.nextInt(EMPLOYERS)),
        title,
        o.code(),
        p.code(),
        "Street " + (1 + random.nextInt(600)) + ", " + p.nameEn(),
        1 + random.nextInt(10),
        String.format("%.2f", wage),
        48,
        random.nextBoolean(),
        random.nextBoolean(),
        18,
        today.plusDays(7 + random.nextInt(180)),
        false,
        false,
        false,
        description,
        "OPEN",
        "{}",
        "BENCH");
  }

  private void intake(StringBuilder out, int i) {
    Occupation o = occupations.pick(random);
    Province p = provinces.pick(random);
    int weeks = 4 * (1 + random.nextInt(9));
    LocalDate start = today.plusDays(1 + random.nextInt(240));
    String title =
        random.nextInt(3) == 0
            ? "វគ្គបណ្តុះបណ្តាល" + o.nameKm()
            : "Training: " + Texts.synonym(o, random) + ", " + weeks / 4 + " months";
    Csv.row(
        out,
        new UUID(SEED + 2, i),
        0,
        ngos.get(random.nextInt(NGOS)),
        title,
        o.code(),
        "Training centre " + (1 + random.nextInt(80)),
        p.code(),
        start,
        weeks,
        start.plusWeeks(weeks).minusDays(1),
        5 + random.nextInt(25),
        15,
        "NONE",
        random.nextBoolean(),
        String.format("%.2f", random.nextInt(30) * 1.0));
  }

  private void client(StringBuilder out, StringBuilder skills, int i) {
    UUID id = new UUID(SEED + 3, i);
    Province home = provinces.pick(random);
    List<String> wishes = new ArrayList<>();
    for (int n = 1 + random.nextInt(3); wishes.size() < n; ) {
      String code = occupations.pick(random).code();
      if (!wishes.contains(code)) {
        wishes.add(code);
      }
    }
    List<String> wishedProvinces = new ArrayList<>(List.of(home.code()));
    if (random.nextBoolean()) {
      wishedProvinces.add("12");
    }
    Csv.row(
        out,
        id,
        0,
        ngos.get(i % NGOS),
        String.format("C%05d", i / NGOS + 1),
        pick(Texts.GIVEN),
        pick(Texts.FAMILY),
        random.nextInt(10) < 8 ? "F" : "M",
        today.minusYears(16 + random.nextInt(14)).minusDays(random.nextInt(365)),
        home.code(),
        "{km}",
        random.nextBoolean() ? "BASIC" : "NONE",
        Csv.array(wishes),
        Csv.array(wishedProvinces),
        random.nextBoolean(),
        random.nextInt(4) == 0,
        random.nextInt(5),
        String.format("%.2f", random.nextInt(6) * 5.0),
        random.nextBoolean(),
        "{}",
        false,
        "ACTIVE");
    if (random.nextBoolean()) {
      Csv.row(skills, id, 0, wishes.get(0), random.nextBoolean() ? "TRAINED" : "EXPERIENCED");
    }
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
