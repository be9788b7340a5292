package org.livelihoodmatch.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The organisations, by id or by name. */
interface Organisations extends ListCrudRepository<Organisation, UUID> {

  Optional<Organisation> findByName(String name);

  List<Organisation> findByKindOrderByName(OrganisationKind kind);

  Optional<Organisation> findFirstByKindAndRegistrationNumber(
      OrganisationKind kind, String registrationNumber);
}
