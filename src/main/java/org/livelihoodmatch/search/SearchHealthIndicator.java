package org.livelihoodmatch.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health of the search index ({@code search} in {@code /actuator/health}): DOWN until the index
 * is known to be consistent with the database at start-up, so the service is not reported ready
 * while searches and matches would miss documents. A later rebuild keeps it UP (searches are
 * answered from the old index meanwhile).
 */
@Component
class SearchHealthIndicator implements HealthIndicator {

  private final IndexKeeper keeper;

  SearchHealthIndicator(IndexKeeper keeper) {
    this.keeper = keeper;
  }

  @Override
  public Health health() {
    Health.Builder health = keeper.ready() ? Health.up() : Health.down();
    return health.withDetail("rebuilding", keeper.rebuilding()).build();
  }
}
