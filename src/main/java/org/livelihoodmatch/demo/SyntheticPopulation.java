package org.livelihoodmatch.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.livelihoodmatch.catalogue.Catalogue;

/**
 * A synthetic population for demos, tests and benchmarks: clients, training intakes, employers and
 * vacancies calibrated to the two field studies (see {@code DOMAIN.md}), plus the seventeen persona
 * clients of the case studies. Pure and deterministic: the same catalogue, day, seed and size give
 * the same population. Every person in it is invented.
 */
public final class SyntheticPopulation {

  /** How many of each to draw. */
  public record Size(int clients, int intakes, int vacancies, int employers) {

    public Size {
      if (clients < 0 || intakes < 0 || vacancies < 0 || employers < 0) {
        throw new IllegalArgumentException("sizes must not be negative");
      }
      if (vacancies > 0 && employers == 0) {
        throw new IllegalArgumentException("vacancies need at least one employer");
      }
    }
  }

  /**
   * The drawn population. Each vacancy names its employer by index into {@code employers}. The
   * personas are not included: see {@link SyntheticPopulation#personas()}.
   */
  public record Population(
      List<SyntheticClient> clients,
      List<SyntheticIntake> intakes,
      List<SyntheticEmployer> employers,
      List<SyntheticVacancy> vacancies) {

    public Population {
      clients = List.copyOf(clients);
      intakes = List.copyOf(intakes);
      employers = List.copyOf(employers);
      vacancies = List.copyOf(vacancies);
    }
  }

  private final Catalogue catalogue;
  private final LocalDate today;

  public SyntheticPopulation(Catalogue catalogue, LocalDate today) {
    this.catalogue = catalogue;
    this.today = today;
  }

  /**
   * Draws a population. Clients, intakes, employers and vacancies each come from their own stream
   * of the seed, so that asking for more vacancies does not change the clients.
   */
  public Population generate(long seed, Size size) {
    ClientGenerator clients = new ClientGenerator(catalogue, today);
    IntakeGenerator intakes = new IntakeGenerator(catalogue, today);
    EmployerGenerator employers = new EmployerGenerator(catalogue);
    VacancyGenerator vacancies = new VacancyGenerator(catalogue, today);
    List<SyntheticEmployer> drawnEmployers =
        draw(Draw.of(seed, "employers"), size.employers(), employers::next);
    return new Population(
        draw(Draw.of(seed, "clients"), size.clients(), clients::next),
        draw(Draw.of(seed, "intakes"), size.intakes(), intakes::next),
        drawnEmployers,
        draw(Draw.of(seed, "vacancies"), size.vacancies(), d -> vacancies.next(d, drawnEmployers)));
  }

  /**
   * Vacancies of one given employer (a demo organisation, say), each with {@code employer} 0: load
   * them as a population whose only employer is this one.
   */
  public List<SyntheticVacancy> vacanciesOf(long seed, SyntheticEmployer employer, int count) {
    VacancyGenerator vacancies = new VacancyGenerator(catalogue, today);
    return draw(
        Draw.of(seed, "vacancies of " + employer.name()),
        count,
        d -> vacancies.next(d, List.of(employer)));
  }

  /** The seventeen persona clients of the case studies, in the order of the file. */
  public List<SyntheticClient> personas() {
    return new Personas(today).all();
  }

  private static <T> List<T> draw(Draw draw, int count, Function<Draw, T> next) {
    List<T> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(next.apply(draw));
    }
    return items;
  }
}
