package org.livelihoodmatch.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.NearestMiss;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "What are the best options for this client?": her feasible pathways, best first. */
@Service
public class ClientMatches {

  private final ClientDirectory clients;
  private final CandidateSource candidates;
  private final PathwayGenerator generator;
  private final Clock clock;

  ClientMatches(
      ClientDirectory clients, CandidateSource candidates, Catalogue catalogue, Clock clock) {
    this.clients = clients;
    this.candidates = candidates;
    this.generator = new PathwayGenerator(catalogue);
    this.clock = clock;
  }

  @Transactional
  public List<Pathway> best(UUID clientId, int limit) {
    ClientProfile profile = clients.profile(clientId);
    if (clients.isClosed(clientId)) {
      return List.of(); // a closed case is offered nothing
    }
    return best(profile, limit);
  }

  /**
   * Her best pathways, and when she has none, the options she misses most narrowly with what would
   * close each gap.
   */
  @Transactional
  public Found bestOrNearest(UUID clientId, int limit) {
    ClientProfile profile = clients.profile(clientId);
    if (clients.isClosed(clientId)) {
      return new Found(List.of(), List.of());
    }
    return bestOrNearest(profile, limit);
  }

  /** The same for a client whose profile the caller has already read. */
  public Found bestOrNearest(ClientProfile profile, int limit) {
    LocalDate today = LocalDate.now(clock);
    PathwayGenerator.Candidates found = candidates.candidatesFor(profile, today);
    List<Pathway> best = generator.generate(profile, found, today, limit);
    if (!best.isEmpty()) {
      return new Found(best, List.of());
    }
    List<NearestMiss> misses = generator.nearestMisses(profile, found, today, NEAREST_MISSES);
    return new Found(
        best,
        misses.isEmpty()
            ? generator.nearestMisses(
                profile, candidates.elsewhereFor(profile, today), today, NEAREST_MISSES)
            : misses);
  }

  /** How many near misses a client with no option is shown. */
  static final int NEAREST_MISSES = 5;

  /** Her pathways, best first, or the near misses when there is none. */
  public record Found(List<Pathway> pathways, List<NearestMiss> nearestMisses) {}

  /** The best pathways of a client whose profile the caller has already read. */
  public List<Pathway> best(ClientProfile client, int limit) {
    LocalDate today = LocalDate.now(clock);
    return generator.generate(client, candidates.candidatesFor(client, today), today, limit);
  }
}
