package org.livelihoodmatch.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayKind;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.domain.VacancyPositions;

/**
 * Three jobs of one position each: Bopha holds X, Chenda holds Y, Anh (without a pathway) can only
 * take X. One change or one hand-over cannot place her without leaving someone out; the chain Anh
 * takes X, Bopha moves to Y, Chenda to Z places all three.
 */
class AugmentingPathMoveFactoryTests {

  private final UUID employer = UUID.randomUUID();
  private final UUID x = UUID.randomUUID();
  private final UUID y = UUID.randomUUID();
  private final UUID z = UUID.randomUUID();

  @Test
  void aClientWithoutAPathwayIsPlacedByAChainThatEndsInRoom() {
    ClientAssignment anh = client("anh", x);
    ClientAssignment bopha = client("bopha", x, y);
    ClientAssignment chenda = client("chenda", y, z);
    bopha.setPathway(bopha.getOptions().get(0));
    chenda.setPathway(chenda.getOptions().get(0));
    CohortPlan plan =
        new CohortPlan(
            List.of(anh, bopha, chenda),
            List.of(),
            List.of(
                new VacancyPositions(x, employer, 1),
                new VacancyPositions(y, employer, 1),
                new VacancyPositions(z, employer, 1)),
            List.of(),
            List.of());
    AugmentingPathMoveFactory factory = new AugmentingPathMoveFactory();
    factory.index = CapacityIndex.of(plan);

    int chains = 0;
    for (int seed = 0; seed < 20; seed++) {
      HandOverMove move = factory.randomMove(new Random(seed));
      List<Object> clients = new ArrayList<>(move.getPlanningEntities());
      if (!clients.contains(anh)) {
        continue;
      }
      chains++;
      assertThat(clients).containsExactly(chenda, bopha, anh);
      assertThat(new ArrayList<Object>(move.getPlanningValues()))
          .containsExactly(
              chenda.getOptions().get(1), bopha.getOptions().get(1), anh.getOptions().get(0));
    }
    assertThat(chains).isPositive();
  }

  private ClientAssignment client(String name, UUID... vacancies) {
    UUID id = UUID.nameUUIDFromBytes(name.getBytes());
    List<PathwayOption> options = new ArrayList<>();
    for (UUID vacancy : vacancies) {
      options.add(
          PathwayOption.builder(name + "-" + vacancy, id, PathwayKind.JOB)
              .vacancy(vacancy, employer)
              .build());
    }
    return new ClientAssignment(id, null, 1, options);
  }
}
