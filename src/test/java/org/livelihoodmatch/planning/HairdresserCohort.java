package org.livelihoodmatch.planning;

import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.PathwayKind;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.domain.VacancyPositions;

/**
 * A cohort small enough to solve by hand: three clients all want the one seat of a hairdressing
 * intake (first choice, then a salon job: US$100 a month of surplus). Their alternatives differ:
 * Sokha (registered first) has a second-choice garment job (US$49), Theary a vegetable stall she
 * did not ask for (US$16), Dara a third-choice tailoring job (US$36).
 *
 * <p>With the default weights the hairdressing pathway is worth 150 + 100 - 10 - 40 = 200 soft;
 * Sokha's alternative 120 + 70 - 10 = 180, Theary's 0 + 40 = 40, Dara's 90 + 60 - 10 = 140. The
 * seat should go to Theary, who loses most without it: 200 + 180 + 140 = 520 soft. First come,
 * first served gives it to Sokha: 200 + 40 + 140 = 380 soft.
 */
public final class HairdresserCohort {

  public static final UUID SOKHA = id("client Sokha");
  public static final UUID THEARY = id("client Theary");
  public static final UUID DARA = id("client Dara");
  public static final UUID HAIR_INTAKE = id("intake hairdressing");
  public static final UUID SALON_VACANCY = id("vacancy salon");
  public static final UUID SALON = id("employer salon");
  public static final UUID GARMENT_VACANCY = id("vacancy garment");
  public static final UUID GARMENT_FACTORY = id("employer garment");
  public static final UUID TAILOR_VACANCY = id("vacancy tailor");
  public static final UUID TAILOR_SHOP = id("employer tailor");

  private HairdresserCohort() {}

  /** A new, unsolved plan of the three clients in order of registration. */
  public static CohortPlan plan() {
    ClientAssignment sokha =
        client(
            SOKHA,
            hairdressing(SOKHA),
            job("sokha-garment", SOKHA, GARMENT_VACANCY, GARMENT_FACTORY, 2, 49_00));
    ClientAssignment theary =
        client(
            THEARY,
            hairdressing(THEARY),
            PathwayOption.builder("theary-vegetables", THEARY, PathwayKind.SELF_EMPLOYMENT)
                .label("Vegetable stall at home")
                .market("20/vegetable-seller")
                .surplusCents(16_00)
                .build());
    ClientAssignment dara =
        client(
            DARA,
            hairdressing(DARA),
            job("dara-tailor", DARA, TAILOR_VACANCY, TAILOR_SHOP, 3, 36_00));
    return new CohortPlan(
        List.of(sokha, theary, dara),
        List.of(new IntakeSeats(HAIR_INTAKE, 1)),
        List.of(
            new VacancyPositions(SALON_VACANCY, SALON, 3),
            new VacancyPositions(GARMENT_VACANCY, GARMENT_FACTORY, 5),
            new VacancyPositions(TAILOR_VACANCY, TAILOR_SHOP, 5)),
        List.of(),
        List.of());
  }

  /** The id of the client's hairdressing pathway. */
  public static String hairdressingId(UUID clientId) {
    return "hair-" + clientId.toString().substring(0, 8);
  }

  /** A deterministic id from a name, so that failures read the same on every run. */
  public static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static ClientAssignment client(UUID clientId, PathwayOption... options) {
    return new ClientAssignment(clientId, id("household of " + clientId), 1, List.of(options));
  }

  private static PathwayOption hairdressing(UUID clientId) {
    return PathwayOption.builder(hairdressingId(clientId), clientId, PathwayKind.TRAINING_THEN_JOB)
        .label("Hairdressing training then salon job")
        .training(HAIR_INTAKE, 12, 200_00)
        .vacancy(SALON_VACANCY, SALON)
        .preferenceRank(1)
        .surplusCents(100_00)
        .distanceKm(10)
        .build();
  }

  private static PathwayOption job(
      String id, UUID clientId, UUID vacancy, UUID employer, int rank, long surplusCents) {
    return PathwayOption.builder(id, clientId, PathwayKind.JOB)
        .vacancy(vacancy, employer)
        .preferenceRank(rank)
        .surplusCents(surplusCents)
        .distanceKm(10)
        .build();
  }
}
