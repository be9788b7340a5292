package org.livelihoodmatch.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The organisations, by id or by name. */
interface Organisations extends ListCrudRepository<Organisation, UUID> {

  Optional<Organisation> findByName(String name);

  List<Organisation> findByKindOrderByName(OrganisationKind kind);

  Optional<Organisation> findFirstByKindAndRegistrationNumber(
      OrganisationKind kind, String registrationNumber);

  /**
   * One page of organisations, of one kind or of all, verified or not or either: those waiting for
   * verification first, then by name.
   */
  @Query(
      "select * from organisation where (cast(:kind as varchar) is null or kind = :kind)"
          + " and (cast(:verified as boolean) is null or verified = :verified)"
          + " order by verified, name, id limit :limit offset :offset")
  List<Organisation> page(
      @Param("kind") String kind,
      @Param("verified") Boolean verified,
      @Param("limit") int limit,
      @Param("offset") long offset);

  @Query(
      "select count(*) from organisation where (cast(:kind as varchar) is null or kind = :kind)"
          + " and (cast(:verified as boolean) is null or verified = :verified)")
  long count(@Param("kind") String kind, @Param("verified") Boolean verified);
}
