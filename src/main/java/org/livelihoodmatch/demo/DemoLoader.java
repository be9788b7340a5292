package org.livelihoodmatch.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a {@link SyntheticPopulation} into the database with JDBC batches in one transaction: fast
 * enough for benchmarks (100,000 vacancies in seconds). It bypasses the services, so it publishes
 * no change events and writes no audit rows of its own; the caller records what it loaded.
 */
@Component
public class DemoLoader {

  /** How many rows of each kind one load wrote (employers: new or already present by name). */
  public record Loaded(int clients, int intakes, int employers, int vacancies) {}

  private static final String INSERT_EMPLOYER =
      "insert into organisation (id, version, name, kind, province, registration_number, phone,"
          + " email, address, verified) values (?, 0, ?, 'EMPLOYER', ?, ?, ?, ?, ?, true)"
          + " on conflict (name) do nothing";

  private static final String INSERT_INTAKE =
      "insert into training_intake (id, version, organisation_id, title, occupation, provider,"
          + " province, start_date, duration_weeks, end_date, seats, min_age, sex,"
          + " literacy_required, provides_accommodation, monthly_stipend, cost_per_trainee,"
          + " languages) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_VACANCY =
      "insert into vacancy (id, version, employer_id, title, occupation, province,"
          + " workplace_address, positions, monthly_wage, hours_per_week, provides_accommodation,"
          + " provides_meals, min_age, start_date, worker_pays_fees, employer_holds_documents,"
          + " cross_border, description, status, red_flags, source) values (?, 0, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, false, false, false, ?, 'OPEN', '{}', 'DEMO')";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ClientRows clientRows;

  public DemoLoader(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clientRows = new ClientRows(jdbc);
  }

  /**
   * Loads the population: two clients in three and two intakes in three to {@code ngoA}, the rest
   * to {@code ngoB}; the employers as verified organisations (an existing one of the same name is
   * reused); the vacancies as OPEN, source DEMO, without red flags.
   */
  public Loaded load(SyntheticPopulation.Population population, UUID ngoA, UUID ngoB) {
    return transaction.execute(
        status -> {
          List<SyntheticClient> a = new ArrayList<>();
          List<SyntheticClient> b = new ArrayList<>();
          for (int i = 0; i < population.clients().size(); i++) {
            (i % 3 == 2 ? b : a).add(population.clients().get(i));
          }
          int clients = clientRows.insert(a, ngoA) + clientRows.insert(b, ngoB);
          int intakes = insertIntakes(population.intakes(), ngoA, ngoB);
          List<UUID> employers = insertEmployers(population.employers());
          int vacancies = insertVacancies(population.vacancies(), employers);
          return new Loaded(clients, intakes, employers.size(), vacancies);
        });
  }

  /** Loads clients (the personas, say) into one organisation, numbered after its last client. */
  public int loadClients(List<SyntheticClient> clients, UUID organisation) {
    Integer loaded = transaction.execute(status -> clientRows.insert(clients, organisation));
    return loaded == null ? 0 : loaded;
  }

  private int insertIntakes(List<SyntheticIntake> intakes, UUID ngoA, UUID ngoB) {
    List<Object[]> rows = new ArrayList<>(intakes.size());
    for (int i = 0; i < intakes.size(); i++) {
      SyntheticIntake t = intakes.get(i);
      rows.add(
          new Object[] {
            UUID.randomUUID(),
            i % 3 == 2 ? ngoB : ngoA,
            t.title(),
            t.occupation(),
            t.provider(),
            t.province(),
            Date.valueOf(t.startDate()),
            t.durationWeeks(),
            Date.valueOf(t.endDate()),
            t.seats(),
            t.minAge(),
            t.sex(),
            t.literacyRequired(),
            t.providesAccommodation(),
            t.monthlyStipend(),
            t.costPerTrainee(),
            t.languages().toArray(String[]::new)
          });
    }
    jdbc.batchUpdate(INSERT_INTAKE, rows);
    return rows.size();
  }

  /** The id of each employer, in the population's order. */
  private List<UUID> insertEmployers(List<SyntheticEmployer> employers) {
    jdbc.batchUpdate(
        INSERT_EMPLOYER,
        employers,
        ClientRows.BATCH,
        (ps, e) -> {
          ps.setObject(1, UUID.randomUUID());
          ps.setString(2, e.name());
          ps.setString(3, e.province());
          ps.setString(4, e.registrationNumber());
          ps.setString(5, e.phone());
          ps.setString(6, e.email());
          ps.setString(7, e.address());
        });
    Map<String, UUID> ids = new HashMap<>();
    String[] names = employers.stream().map(SyntheticEmployer::name).toArray(String[]::new);
    jdbc.query(
        con -> {
          PreparedStatement ps =
              con.prepareStatement("select id, name from organisation where name = any(?)");
          ps.setArray(1, con.createArrayOf("text", names));
          return ps;
        },
        rs -> {
          ids.put(rs.getString("name"), rs.getObject("id", UUID.class));
        });
    return employers.stream().map(e -> ids.get(e.name())).toList();
  }

  private int insertVacancies(List<SyntheticVacancy> vacancies, List<UUID> employers) {
    jdbc.batchUpdate(
        INSERT_VACANCY,
        vacancies,
        ClientRows.BATCH,
        (ps, v) -> setVacancy(ps, v, employers.get(v.employer())));
    return vacancies.size();
  }

  private static void setVacancy(PreparedStatement ps, SyntheticVacancy v, UUID employer)
      throws SQLException {
    int i = 0;
    ps.setObject(++i, UUID.randomUUID());
    ps.setObject(++i, employer);
    ps.setString(++i, v.title());
    ps.setString(++i, v.occupation());
    ps.setString(++i, v.province());
    ps.setString(++i, v.workplaceAddress());
    ps.setInt(++i, v.positions());
    ps.setBigDecimal(++i, v.monthlyWage());
    ps.setInt(++i, v.hoursPerWeek());
    ps.setBoolean(++i, v.providesAccommodation());
    ps.setBoolean(++i, v.providesMeals());
    ps.setInt(++i, v.minAge());
    ps.setDate(++i, Date.valueOf(v.startDate()));
    ps.setString(++i, v.description());
  }
}
