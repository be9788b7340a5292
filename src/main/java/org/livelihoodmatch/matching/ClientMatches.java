package org.livelihoodmatch.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.livelihood.ClientProfile;
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

  /** The best pathways of a client whose profile the caller has already read. */
  public List<Pathway> best(ClientProfile client, int limit) {
    LocalDate today = LocalDate.now(clock);
    return generator.generate(client, candidates.candidatesFor(client, today), today, limit);
  }
}
