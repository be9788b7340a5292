package org.livelihoodmatch.planning.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.livelihoodmatch.matching.ReasonWords;
import org.livelihoodmatch.planning.store.PlannedClient;
import org.livelihoodmatch.planning.store.PlannedMiss;
import org.livelihoodmatch.system.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a client of a plan with no feasible pathway just misses, in the reader's language, as her
 * page says it: "Nearly: a job as tailor at Sokha Tailors in Takeo. Short of her living costs by
 * US$12.00 a month. Would work with: housing provided by the employer; a wage of at least ...".
 */
@Component
class MissWords {

  private final MessageSource messages;
  private final ReasonWords reasons;
  private final LocalFormats formats;

  MissWords(MessageSource messages, ReasonWords reasons, LocalFormats formats) {
    this.messages = messages;
    this.reasons = reasons;
    this.formats = formats;
  }

  /** One sentence per miss; none when the client has a pathway to plan. */
  List<String> say(PlannedClient client, PlanText text, Locale locale) {
    if (!client.options().isEmpty()) {
      return List.of();
    }
    return client.misses().stream().map(miss -> say(miss, text, locale)).toList();
  }

  private String say(PlannedMiss miss, PlanText text, Locale locale) {
    String blocked =
        messages.getMessage("miss.blocked." + miss.blockedBy(), null, miss.blockedBy(), locale);
    String remedies =
        miss.remedies().stream()
            .map(r -> reasons.say(r.reason(), locale))
            .collect(Collectors.joining(messages.getMessage("plan.say.miss.and", null, locale)));
    boolean shortOfCosts = miss.shortBy() != null && miss.shortBy().signum() > 0;
    return messages.getMessage(
        shortOfCosts ? "plan.say.miss.short" : "plan.say.miss",
        new Object[] {
          text.pathway(miss.pathway()),
          blocked,
          remedies,
          shortOfCosts ? formats.money(miss.shortBy(), locale) : ""
        },
        locale);
  }
}
