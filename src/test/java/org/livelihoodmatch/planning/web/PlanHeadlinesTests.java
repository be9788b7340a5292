package org.livelihoodmatch.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.store.PlanFigures;
import org.livelihoodmatch.planning.store.PlanStatus;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.livelihoodmatch.system.LocalFormats;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A plan's headline in the planner's words, in English and Khmer, from the bundles the application
 * reads; and every constraint of the solver has a plain name and meaning in both languages.
 */
class PlanHeadlinesTests {

  private static final Locale KHMER = Locale.forLanguageTag("km");

  private final ResourceBundleMessageSource messages = bundles();
  private final PlanHeadlines headlines = new PlanHeadlines(messages, new LocalFormats(messages));

  @Test
  void theHeadlineCountsClientsPriorityWishesAndMoneyNotTheScore() {
    // 97 of 120 placed, 130 of 160 priority points, 80 wishes met, US$6,023.70 of surplus
    StoredPlan plan = plan(120, 97, new PlanFigures(160, 130, 80, 602_370));
    assertThat(headlines.summary(plan, Locale.ENGLISH))
        .isEqualTo(
            "placed 97 of 120 (priority-weighted 130 of 160), 80 wishes met,"
                + " average surplus US$62.10");
    assertThat(headlines.summary(plan, KHMER))
        .isEqualTo(
            "បានដាក់ 97 នាក់ ក្នុងចំណោម 120 នាក់ (គិតតាមអាទិភាព 130 ក្នុងចំណោម 160),"
                + " បំពេញបំណងប្រាថ្នាបាន 80 នាក់, ប្រាក់នៅសល់ជាមធ្យម 62,10 ដុល្លារ ក្នុងមួយខែ");
  }

  @Test
  void largeNumbersAndOneWishAreWrittenAsEachLanguageWritesThem() {
    StoredPlan plan = plan(2400, 1, new PlanFigures(3100, 1, 1, 123_456_789));
    assertThat(headlines.summary(plan, Locale.ENGLISH))
        .isEqualTo(
            "placed 1 of 2,400 (priority-weighted 1 of 3,100), 1 wish met,"
                + " average surplus US$1,234,567.89");
    assertThat(headlines.summary(plan, KHMER))
        .contains("ក្នុងចំណោម 2.400 នាក់")
        .endsWith("1.234.567,89 ដុល្លារ ក្នុងមួយខែ");
    assertThat(headlines.summary(plan(5, 0, null), Locale.ENGLISH)).isEqualTo("placed 0 of 5");
  }

  @Test
  void everyConstraintHasAPlainNameAndMeaningInEnglishAndKhmer() throws Exception {
    for (Field field : CohortWeights.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
        continue;
      }
      String name = (String) field.get(null);
      String key = "plan.constraint." + PlanText.slug(name);
      for (Locale locale : new Locale[] {Locale.ENGLISH, KHMER}) {
        assertThat(messages.getMessage(key, null, null, locale)).as(key).isNotBlank();
        assertThat(messages.getMessage(key + ".means", null, null, locale)).as(key).isNotBlank();
      }
      assertThat(messages.getMessage(key, null, KHMER))
          .as(key)
          .isNotEqualTo(messages.getMessage(key, null, Locale.ENGLISH));
    }
  }

  private static StoredPlan plan(int clients, int assigned, PlanFigures figures) {
    return new StoredPlan(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "Q1 leavers",
        PlanStatus.DONE,
        "planner",
        Instant.now(),
        Instant.now(),
        Instant.now(),
        30,
        1,
        3,
        "0hard/-3medium/1200soft",
        true,
        clients,
        assigned,
        null,
        0,
        0,
        0,
        null,
        figures);
  }

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "vacancy-messages", "planner-messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
