package org.livelihoodmatch.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.search.IndexSearcher;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A search on behalf of the signed-in officer or planner: clients only of her own organisation (and
 * none at all for anyone who does not work with clients), no vacancy whose applications closed
 * before today (Cambodia's), the clients shown written to the audit trail as a read, like any other
 * read of a client record: one row per search naming them all.
 */
@Component
public class OfficerSearch {

  private final SearchIndex index;
  private final AuditTrail audit;
  private final Clock clock;

  OfficerSearch(SearchIndex index, AuditTrail audit, Clock clock) {
    this.index = index;
    this.audit = audit;
    this.clock = clock;
  }

  public SearchResult search(SearchQuery query) {
    Staff staff = CurrentStaff.get();
    SearchQuery scoped =
        query
            .by(staff.worksWithClients() ? staff.organisationId() : null)
            .stillOpenOn(LocalDate.now(clock));
    SearchResult result;
    try {
      result = index.search(scoped);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidInputException("q", "has too many words: shorten it");
    }
    List<UUID> shown =
        result.items().stream()
            .filter(hit -> hit.type() == SearchType.CLIENT)
            .map(hit -> UUID.fromString(hit.id()))
            .toList();
    if (!shown.isEmpty()) {
      // one row per search, naming every client shown, rather than one row per client
      audit.recordClients("READ", "CLIENT", null, "search: " + shown.size() + " clients", shown);
    }
    return result;
  }
}
