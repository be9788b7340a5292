package org.livelihoodmatch.search.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.EnumMap;
import java.util.Map;
import org.livelihoodmatch.search.IndexKeeper;
import org.livelihoodmatch.search.SearchIndex;
import org.livelihoodmatch.search.SearchType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/reindex} (ADMIN): rebuilds the index from the database in the
 * background, answering {@code 202} at once; searches keep answering from the old index until the
 * new one is complete. {@code GET} the same path to follow it.
 */
@RestController
class ReindexController {

  /**
   * Where the index stands.
   *
   * @param started whether this request started a rebuild (false: one was already running)
   * @param documents documents per type searchable now
   * @param progress how far the rebuild in progress has come (null when none runs; beyond API.md)
   */
  record IndexState(
      boolean ready,
      boolean rebuilding,
      boolean started,
      Map<SearchType, Long> documents,
      IndexKeeper.LastRebuild lastRebuild,
      IndexKeeper.RebuildProgress progress) {}

  private final IndexKeeper keeper;
  private final SearchIndex index;

  ReindexController(IndexKeeper keeper, SearchIndex index) {
    this.keeper = keeper;
    this.index = index;
  }

  @PostMapping("/api/v1/admin/reindex")
  @ApiResponse(
      responseCode = "202",
      description = "Accepted: the index is rebuilt in the background",
      useReturnTypeSchema = true)
  ResponseEntity<IndexState> reindex() {
    boolean started = keeper.requestRebuild();
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(state(started));
  }

  @GetMapping("/api/v1/admin/reindex")
  IndexState state() {
    return state(false);
  }

  private IndexState state(boolean started) {
    Map<SearchType, Long> documents = new EnumMap<>(SearchType.class);
    for (SearchType type : SearchType.values()) {
      documents.put(type, index.count(type));
    }
    return new IndexState(
        keeper.ready(),
        keeper.rebuilding(),
        started,
        documents,
        keeper.lastRebuild(),
        keeper.progress().orElse(null));
  }
}
