package org.livelihoodmatch.planning.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.client.ClientDirectory;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.stereotype.Component;

/**
 * The new-plan form's client picker: the organisation's clients a page at a time, filtered by home
 * province, status and a case code (or part of one), so that a planner reaches every client, not
 * only the first two hundred. Clients chosen on other pages stay chosen while she filters and turns
 * pages. Only active clients can be chosen; placed and closed ones are listed to say why not.
 */
@Component
class ClientPicker {

  static final int PAGE_SIZE = 50;

  private static final Set<String> STATUSES = Set.of("ACTIVE", "PLACED", "CLOSED");

  /**
   * The picker's filter as the form sends it, with the button pressed: {@code pickFilter} (the
   * first page of what the filter finds), {@code pickNext} or {@code pickPrevious} (the page after
   * or before {@code pickPage}); anything unknown means the first page.
   */
  record Filter(
      String pickQ,
      String pickProvince,
      String pickStatus,
      String pickPage,
      String pickFilter,
      String pickNext,
      String pickPrevious) {

    static Filter first() {
      return new Filter("", "", "ACTIVE", "0", null, null, null);
    }

    static Filter page(String q, String province, String status, int page) {
      return new Filter(q, province, status, String.valueOf(page), null, null, null);
    }

    /** The page asked for. */
    int asked() {
      int current = whole(pickPage);
      if (pickFilter != null) {
        return 0;
      }
      if (pickNext != null) {
        return current + 1;
      }
      return pickPrevious != null ? Math.max(0, current - 1) : current;
    }
  }

  /** One page of the picker, with the filter it shows and the choices made on other pages. */
  record Picker(
      List<ClientDirectory.Pickable> items,
      long total,
      int page,
      int pages,
      String q,
      String province,
      String status,
      List<UUID> chosen,
      List<UUID> chosenElsewhere) {

    /** The number of the first client shown (1-based), 0 when none. */
    public long from() {
      return items.isEmpty() ? 0 : (long) page * PAGE_SIZE + 1;
    }

    public long to() {
      return (long) page * PAGE_SIZE + items.size();
    }
  }

  private final ClientDirectory clients;
  private final Catalogue catalogue;

  ClientPicker(ClientDirectory clients, Catalogue catalogue) {
    this.clients = clients;
    this.catalogue = catalogue;
  }

  Picker page(Filter filter, List<UUID> chosen) {
    Filter f = filter == null ? Filter.first() : filter;
    String q = f.pickQ() == null ? "" : f.pickQ().strip();
    q = q.length() > 50 ? q.substring(0, 50) : q;
    String province = catalogue.isProvince(f.pickProvince()) ? f.pickProvince() : "";
    String status =
        f.pickStatus() == null ? "ACTIVE" : STATUSES.contains(f.pickStatus()) ? f.pickStatus() : "";
    int page = f.asked();
    PageOf<ClientDirectory.Pickable> found =
        clients.pick(
            province.isEmpty() ? null : province,
            status.isEmpty() ? null : status,
            q.isEmpty() ? null : q,
            Paging.of(page, PAGE_SIZE));
    int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (page >= pages && page > 0) {
      return page(Filter.page(q, province, status, pages - 1), chosen);
    }
    Set<UUID> shown =
        found.items().stream()
            .map(ClientDirectory.Pickable::id)
            .collect(java.util.stream.Collectors.toSet());
    return new Picker(
        found.items(),
        found.total(),
        page,
        pages,
        q,
        province,
        status,
        List.copyOf(chosen),
        chosen.stream().filter(id -> !shown.contains(id)).distinct().toList());
  }

  private static int whole(String text) {
    try {
      return text == null || text.isBlank() ? 0 : Math.max(0, Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
