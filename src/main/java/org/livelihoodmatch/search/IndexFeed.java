package org.livelihoodmatch.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tails the {@code index_change} outbox every {@value #POLL_MILLIS} ms and applies the committed
 * changes of every instance (this one's too) to this instance's index, each record once per look
 * however often it changed, so a change made on any instance is searchable on all within about a
 * second and no request waits for the index. Ids are taken from a sequence before commit, so a
 * transaction that commits late can appear behind ids already read: such gaps are looked for again
 * for {@value #GAP_SECONDS} s (an id never seen by then belonged to a rolled-back transaction).
 */
@Component
class IndexFeed {

  static final long POLL_MILLIS = 200;
  static final long GAP_SECONDS = 30;
  private static final Logger log = LoggerFactory.getLogger(IndexFeed.class);

  private final JdbcTemplate jdbc;
  private final IndexUpdates updates;
  private final ScheduledExecutorService poller =
      org.livelihoodmatch.system.Daemons.scheduler("search-index-feed");
  private final Map<Long, Long> gaps = new LinkedHashMap<>();
  private long last = -1;

  IndexFeed(JdbcTemplate jdbc, IndexUpdates updates) {
    this.jdbc = jdbc;
    this.updates = updates;
  }

  /** Starts from the outbox's end: what came before is in the database the start-up index reads. */
  @jakarta.annotation.PostConstruct
  void start() {
    poller.scheduleWithFixedDelay(
        this::pollSafely, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    poller.scheduleWithFixedDelay(this::forgetOld, 1, 60, TimeUnit.MINUTES);
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    poller.shutdownNow();
  }

  private void pollSafely() {
    try {
      poll();
    } catch (RuntimeException e) {
      log.debug("Index feed: {}", e.getMessage());
    }
  }

  /** One look at the outbox; package-private so a test can drive it. */
  synchronized int poll() {
    if (last < 0) {
      Long max = jdbc.queryForObject("select coalesce(max(id), 0) from index_change", Long.class);
      last = max == null ? 0 : max;
      return 0;
    }
    record Change(long id, String type, UUID entity, String instance) {}
    List<Change> changes =
        new ArrayList<>(
            jdbc.query(
                "select id, type, entity_id, instance from index_change where id > ? order by id"
                    + " limit 1000",
                (rs, n) ->
                    new Change(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4)),
                last));
    if (!gaps.isEmpty()) {
      changes.addAll(
          jdbc.query(
              "select id, type, entity_id, instance from index_change where id = any(?)",
              (rs, n) ->
                  new Change(
                      rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4)),
              (Object) gaps.keySet().toArray(new Long[0])));
    }
    long now = System.nanoTime();
    java.util.Set<Map.Entry<String, UUID>> records = new java.util.LinkedHashSet<>();
    for (Change c : changes) {
      gaps.remove(c.id());
      if (c.id() > last) {
        for (long missing = last + 1; missing < c.id(); missing++) {
          gaps.put(missing, now);
        }
        last = c.id();
      }
      records.add(Map.entry(c.type(), c.entity()));
    }
    // each type's records in one batch: an import of thousands of clients is one read, one upsert
    Map<SearchType, List<UUID>> byType = new java.util.EnumMap<>(SearchType.class);
    records.forEach(
        r ->
            byType
                .computeIfAbsent(SearchType.valueOf(r.getKey()), t -> new ArrayList<>())
                .add(r.getValue()));
    byType.forEach(updates::applyAll);
    for (Iterator<Long> seen = gaps.values().iterator(); seen.hasNext(); ) {
      if (now - seen.next() > Duration.ofSeconds(GAP_SECONDS).toNanos()) {
        seen.remove();
      }
    }
    return changes.size();
  }

  private void forgetOld() {
    try {
      jdbc.update("delete from index_change where at < now() - interval '1 day'");
    } catch (RuntimeException e) {
      log.debug("Index feed clean-up: {}", e.getMessage());
    }
  }
}
