package org.livelihoodmatch.system;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home and sign-in pages; the home page shows what other modules say needs doing. */
@Controller
class HomeController {

  private final ObjectProvider<HomeNotice> notices;

  HomeController(ObjectProvider<HomeNotice> notices) {
    this.notices = notices;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute(
        "notices",
        notices.orderedStream().map(HomeNotice::line).flatMap(Optional::stream).toList());
    return "system/home";
  }

  @GetMapping("/login")
  String login() {
    return "system/login";
  }
}
