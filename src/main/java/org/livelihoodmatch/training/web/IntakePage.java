package org.livelihoodmatch.training.web;

import java.util.Locale;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.training.IntakeDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A training intake as an NGO's officer or planner reads it ({@code /training-intakes/{id}}): the
 * provider and course, where, from and until when, seats left, stipend and cost, who may join, and
 * whom to call. Anyone but NGO staff is refused by the security configuration.
 */
@Controller
class IntakePage {

  private final IntakeDetails intakes;
  private final Catalogue catalogue;

  IntakePage(IntakeDetails intakes, Catalogue catalogue) {
    this.intakes = intakes;
    this.catalogue = catalogue;
  }

  @GetMapping("/training-intakes/{id}")
  String intake(@PathVariable UUID id, Locale locale, Model model) {
    model.addAttribute(
        "intake", intakes.find(id).orElseThrow(() -> new NotFoundException("training intake", id)));
    model.addAttribute("labels", CatalogueLabels.of(catalogue, locale));
    return "training/intake";
  }
}
