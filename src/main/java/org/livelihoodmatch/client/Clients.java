package org.livelihoodmatch.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The clients, always looked up within one organisation. */
interface Clients extends ListCrudRepository<Client, UUID> {

  Optional<Client> findByIdAndOrganisationId(UUID id, UUID organisationId);

  List<Client> findByOrganisationId(UUID organisationId);
}
