package org.livelihoodmatch.admin.web;

import java.util.EnumMap;
import java.util.Map;
import org.livelihoodmatch.search.IndexKeeper;
import org.livelihoodmatch.search.SearchIndex;
import org.livelihoodmatch.search.SearchType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/index}: the search index's documents per type and its last rebuild, and a rebuild
 * (the same as {@code POST /api/v1/admin/reindex}) whose progress the page follows by polling
 * {@code /admin/index/progress}; without scripts, reloading the page shows it too.
 */
@Controller
class IndexPages {

  /** What the page and its poll show. */
  record IndexState(
      boolean ready,
      boolean rebuilding,
      long indexed,
      long total,
      Map<SearchType, Long> documents,
      IndexKeeper.LastRebuild lastRebuild) {}

  private final IndexKeeper keeper;
  private final SearchIndex index;

  IndexPages(IndexKeeper keeper, SearchIndex index) {
    this.keeper = keeper;
    this.index = index;
  }

  @GetMapping("/admin/index")
  String showIndex(Model model) {
    model.addAttribute("state", state());
    model.addAttribute("types", SearchType.values());
    return "admin/index";
  }

  @GetMapping("/admin/index/progress")
  @ResponseBody
  IndexState progress() {
    return state();
  }

  @PostMapping("/admin/index/rebuild")
  String processRebuild(RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "done", keeper.requestRebuild() ? "admin.index.started" : "admin.index.alreadyRunning");
    return "redirect:/admin/index";
  }

  private IndexState state() {
    Map<SearchType, Long> documents = new EnumMap<>(SearchType.class);
    for (SearchType type : SearchType.values()) {
      documents.put(type, index.count(type));
    }
    var progress = keeper.progress();
    return new IndexState(
        keeper.ready(),
        progress.isPresent(),
        progress.map(IndexKeeper.RebuildProgress::indexed).orElse(0L),
        progress.map(IndexKeeper.RebuildProgress::total).orElse(0L),
        documents,
        keeper.lastRebuild());
  }
}
