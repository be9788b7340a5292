package org.livelihoodmatch.admin.web;

import org.livelihoodmatch.catalogue.CatalogueTables;
import org.livelihoodmatch.organisation.AccountAdministration;
import org.livelihoodmatch.organisation.AccountStatus;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.search.IndexKeeper;
import org.livelihoodmatch.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin}: where the administrator's work starts, each part with what needs doing in it
 * (accounts waiting for approval, employers waiting for verification, a rebuild running).
 */
@Controller
class AdminHome {

  private final AccountAdministration accounts;
  private final OrganisationService organisations;
  private final CatalogueTables catalogues;
  private final IndexKeeper index;

  AdminHome(
      AccountAdministration accounts,
      OrganisationService organisations,
      CatalogueTables catalogues,
      IndexKeeper index) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.catalogues = catalogues;
    this.index = index;
  }

  @GetMapping("/admin")
  String showAdministration(Model model) {
    model.addAttribute("users", accounts.accounts(null, null, Paging.of(0, 1)).total());
    model.addAttribute(
        "pendingUsers", accounts.accounts(null, AccountStatus.PENDING, Paging.of(0, 1)).total());
    var all = organisations.all();
    model.addAttribute("organisationCount", all.size());
    model.addAttribute(
        "unverifiedEmployers",
        all.stream().filter(o -> o.kind() == OrganisationKind.EMPLOYER && !o.verified()).count());
    model.addAttribute("catalogueCount", catalogues.tables().size());
    model.addAttribute("lastLoad", catalogues.loads(1).stream().findFirst().orElse(null));
    model.addAttribute("indexReady", index.ready());
    model.addAttribute("rebuilding", index.rebuilding());
    return "admin/home";
  }
}
