package org.livelihoodmatch.admin.web;

import org.livelihoodmatch.catalogue.CatalogueTables;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /admin/catalogues}: each catalogue as the running service loaded it (every row, its source
 * column included) and the record of which file version was loaded when. Read-only: catalogues are
 * corrected in their CSV files (README "Catalogues") and loaded at the next start.
 */
@Controller
class CataloguePages {

  static final int LOADS_SHOWN = 40;

  private final CatalogueTables tables;

  CataloguePages(CatalogueTables tables) {
    this.tables = tables;
  }

  @GetMapping("/admin/catalogues")
  String showCatalogues(Model model) {
    model.addAttribute("tables", tables.tables());
    model.addAttribute("location", tables.location());
    model.addAttribute("loads", tables.loads(LOADS_SHOWN));
    return "admin/catalogues";
  }

  @GetMapping("/admin/catalogues/{name}")
  String showCatalogue(@PathVariable String name, Model model) {
    model.addAttribute(
        "table", tables.table(name).orElseThrow(() -> new NotFoundException("catalogue", null)));
    model.addAttribute("location", tables.location());
    model.addAttribute(
        "lastLoad",
        tables.loads(LOADS_SHOWN).stream()
            .filter(l -> l.catalogue().equals(name))
            .findFirst()
            .orElse(null));
    return "admin/catalogue";
  }
}
