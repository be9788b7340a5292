package org.livelihoodmatch.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's list of organisations, 50 a page, those waiting for verification first and
 * then by name, filtered by kind and by verification with the filters kept in the page links. The
 * tests share one database that many tests fill with organisations: each first makes sure there are
 * enough, then compares the pages with the database's own order.
 */
@IntegrationTest
class AdminOrganisationListIntegrationTests {

  static final int PAGE = 50;
  static final Pattern SHOWN = Pattern.compile("data-organisation=\"([^\"]*)\"");

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  TestFixtures fixtures;
  RequestPostProcessor admin;

  @BeforeEach
  void setUp() {
    fixtures = new TestFixtures(organisations);
    admin =
        TestFixtures.signedIn(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN);
  }

  @Test
  void theSecondPageHoldsTheOrganisationsAfterTheFirstFifty() throws Exception {
    while (names("").size() <= PAGE) {
      fixtures.organisation(OrganisationKind.NGO);
    }
    List<String> all = names("");
    long pages = (all.size() + PAGE - 1) / PAGE;

    String first = page("/admin/organisations");
    assertThat(shown(first)).isEqualTo(escaped(all.subList(0, PAGE)));
    assertThat(first)
        .contains(count(all.size(), "en") + " organisations", "Page 1 of " + pages)
        .contains("rel=\"next\" href=\"/admin/organisations?kind=&amp;verified=&amp;page=1\"")
        .doesNotContain("rel=\"prev\"");

    String second = page("/admin/organisations?page=1");
    assertThat(shown(second))
        .isEqualTo(escaped(all.subList(PAGE, Math.min(all.size(), 2 * PAGE))))
        .doesNotContainAnyElementsOf(shown(first));
    assertThat(second)
        .contains("Page 2 of " + pages)
        .contains("rel=\"prev\" href=\"/admin/organisations?kind=&amp;verified=&amp;page=0\"");
  }

  @Test
  void theFiltersByKindAndVerificationStayInThePageLinks() throws Exception {
    while (names("where kind = 'NGO'").size() <= PAGE) {
      fixtures.organisation(OrganisationKind.NGO);
    }
    List<String> ngos = names("where kind = 'NGO'");
    String second = page("/admin/organisations?kind=NGO&page=1");
    assertThat(second)
        .contains("data-kind=\"NGO\"")
        .doesNotContain("data-kind=\"EMPLOYER\"", "data-kind=\"GOVERNMENT\"")
        .contains("rel=\"prev\" href=\"/admin/organisations?kind=NGO&amp;verified=&amp;page=0\"");
    assertThat(shown(second))
        .isEqualTo(escaped(ngos.subList(PAGE, Math.min(ngos.size(), 2 * PAGE))));

    organisations.register(
        TestFixtures.unique("Unchecked Bricks"),
        OrganisationKind.EMPLOYER,
        "12",
        null,
        null,
        null,
        null);
    List<String> waiting = names("where kind = 'EMPLOYER' and not verified");
    String unverified = page("/admin/organisations?kind=EMPLOYER&verified=false&lang=km");
    assertThat(unverified)
        .contains("data-verified=\"false\"", "អង្គការ " + count(waiting.size(), "km"))
        .doesNotContain("data-verified=\"true\"", "data-kind=\"NGO\"");
    assertThat(shown(unverified))
        .isEqualTo(escaped(waiting.subList(0, Math.min(waiting.size(), PAGE))));
    assertThat(page("/admin/organisations?kind=EMPLOYER&verified=true"))
        .contains("data-verified=\"true\"")
        .doesNotContain("data-verified=\"false\"");
  }

  @Test
  void pagesAndFiltersThatMeanNothingShowTheFirstPageOfAll() throws Exception {
    for (String odd :
        List.of("page=-1", "page=abc", "page=99999999", "kind=PIRATE", "verified=7")) {
      assertThat(page("/admin/organisations?" + odd)).contains("Page 1 of");
    }
    assertThat(page("/admin/organisations?page=999999")).doesNotContain("data-organisation=");
  }

  /** The names of the organisations in the database's order of the list. */
  private List<String> names(String where) {
    return jdbc.queryForList(
        "select name from organisation " + where + " order by verified, name, id", String.class);
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url).with(admin))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static List<String> shown(String html) {
    Matcher m = SHOWN.matcher(html);
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The names as the page's attributes write them. */
  private static List<String> escaped(List<String> names) {
    return names.stream()
        .map(
            n ->
                n.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;")
                    .replace("'", "&#39;"))
        .toList();
  }

  /** A count as the messages write it in this language. */
  private static String count(long n, String language) {
    return java.text.NumberFormat.getInstance(java.util.Locale.forLanguageTag(language)).format(n);
  }
}
