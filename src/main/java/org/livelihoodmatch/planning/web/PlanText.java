package org.livelihoodmatch.planning.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.livelihoodmatch.planning.solver.justification.Phrases;
import org.livelihoodmatch.planning.solver.justification.Sentence;
import org.livelihoodmatch.planning.solver.justification.Term;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.system.LocalFormats;
import org.springframework.context.MessageSource;

/**
 * The words of one plan's page in the reader's language: its explanation's sentences, with each
 * client's case code a link to her page, and its pathways described by what they are (a job at an
 * employer in a province, a course, a business with a loan) rather than by their ids.
 */
public final class PlanText {

  /** Stands in a message for an argument made of links, to be cut out again. */
  private static final char OPEN = '\uE000';

  private static final char CLOSE = '\uE001';

  private final PlanTerms terms;
  private final Locale locale;
  private final MessageSource messages;
  private final Labels labels;
  private final PathwayWords pathways;
  private final LocalFormats formats;

  PlanText(
      PlanTerms terms,
      Locale locale,
      MessageSource messages,
      Labels labels,
      Function<UUID, String> employers,
      LocalFormats formats) {
    this.terms = terms;
    this.locale = locale;
    this.messages = messages;
    this.labels = labels;
    this.pathways = new PathwayWords(locale, messages, labels, employers);
    this.formats = formats;
  }

  /** A sentence of the plan's explanation, in parts: text, and case codes that link. */
  public List<Part> say(Sentence sentence) {
    return say(sentence, true);
  }

  private List<Part> say(Sentence sentence, boolean whole) {
    List<Object> args = sentence.args();
    Object[] values = new Object[args.size()];
    Map<Integer, List<Part>> linked = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      Object arg = args.get(i);
      if (arg instanceof Number) {
        values[i] = arg;
        continue;
      }
      List<Part> parts = parts(arg);
      if (parts.stream().anyMatch(p -> p.href() != null)) {
        linked.put(i, parts);
        values[i] = OPEN + Integer.toString(i) + CLOSE;
      } else {
        values[i] = joined(parts);
      }
    }
    String text = message(sentence.key(), values);
    text = whole ? capitalised(text) : text;
    List<Part> result = new ArrayList<>();
    int from = 0;
    for (int open = text.indexOf(OPEN); open >= 0; open = text.indexOf(OPEN, from)) {
      int close = text.indexOf(CLOSE, open);
      if (open > from) {
        result.add(Part.text(text.substring(from, open)));
      }
      result.addAll(
          linked.getOrDefault(Integer.valueOf(text.substring(open + 1, close)), List.of()));
      from = close + 1;
    }
    if (from < text.length()) {
      result.add(Part.text(text.substring(from)));
    }
    return result;
  }

  /** The same sentence as plain text. */
  public String plain(Sentence sentence) {
    return joined(say(sentence));
  }

  /** A pathway of the plan by its id in the plan. */
  public String pathway(String id) {
    return terms.pathway(id).map(pathways::pathway).orElse(id);
  }

  /** A pathway of the plan by what it is. */
  public String pathway(PlannedOption option) {
    return pathways.pathway(option);
  }

  /** A constraint's name in plain words. */
  public String constraint(String name) {
    return messages.getMessage("plan.constraint." + slug(name), null, name, locale);
  }

  /** What a constraint asks of the plan, in a sentence. */
  public String constraintMeans(String name) {
    return messages.getMessage("plan.constraint." + slug(name) + ".means", null, "", locale);
  }

  /**
   * What a constraint does to the score ({@code 0hard/-3medium/0soft}), in words: how far over a
   * firm limit, how much priority is left without a pathway, or how many points of preference.
   */
  public String impact(String score) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft")
            .matcher(score == null ? "" : score);
    if (!m.matches()) {
      return score == null ? "" : score;
    }
    long hard = Long.parseLong(m.group(1));
    long medium = Long.parseLong(m.group(2));
    long soft = Long.parseLong(m.group(3));
    if (hard != 0) {
      return message("plan.impact.hard", Math.abs(hard));
    }
    if (medium != 0) {
      return message("plan.impact.medium", Math.abs(medium));
    }
    return message(soft < 0 ? "plan.impact.softCost" : "plan.impact.soft", Math.abs(soft));
  }

  /** A client's case code (or the start of her id, if she left the plan). */
  public String code(UUID clientId) {
    return terms.code(clientId).orElse(Phrases.shortId(clientId));
  }

  private List<Part> parts(Object arg) {
    if (arg instanceof Term.Client c) {
      return List.of(client(c.id()));
    }
    if (arg instanceof Term.Clients c) {
      return clients(c.ids());
    }
    if (arg instanceof Sentence s) {
      return say(s, false);
    }
    if (arg instanceof List<?> list) {
      List<Part> parts = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          parts.add(Part.text(message("plan.say.andAlso")));
        }
        parts.addAll(parts(list.get(i)));
      }
      return parts;
    }
    if (arg instanceof Term term) {
      return List.of(Part.text(term(term)));
    }
    return List.of(Part.text(String.valueOf(arg)));
  }

  private String term(Term term) {
    if (term instanceof Term.Pathway p) {
      return pathway(p.id());
    }
    if (term instanceof Term.Intake i) {
      return terms.intake(i.id()).map(pathways::course).orElse(Phrases.shortId(i.id()));
    }
    if (term instanceof Term.Vacancy v) {
      return terms
          .job(v.id())
          .map(j -> pathways.job(j.vacancy(), j.employerId()))
          .orElse(Phrases.shortId(v.id()));
    }
    if (term instanceof Term.Employer e) {
      return pathways.employer(e.id());
    }
    if (term instanceof Term.Market m) {
      int colon = m.key().indexOf(':');
      return colon < 0
          ? m.key()
          : message(
              "plan.term.market",
              labels.occupation(m.key().substring(colon + 1), locale),
              labels.province(m.key().substring(0, colon), locale));
    }
    if (term instanceof Term.Loan l) {
      return pathways.loan(l.code());
    }
    if (term instanceof Term.FamilyLivelihood f) {
      return pathways.familyName(f.code());
    }
    if (term instanceof Term.Money money) {
      return formats.money(java.math.BigDecimal.valueOf(money.cents(), 2), locale);
    }
    Term.Choice choice = (Term.Choice) term;
    return choice.rank() >= 1 && choice.rank() <= 5
        ? message("plan.choice." + choice.rank())
        : message("plan.choice.none");
  }

  private Part client(UUID id) {
    return new Part(code(id), "/clients/" + id);
  }

  private List<Part> clients(List<UUID> ids) {
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        parts.add(Part.text(message(i == ids.size() - 1 ? "plan.say.and" : "plan.say.comma")));
      }
      parts.add(client(ids.get(i)));
    }
    return parts;
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /** A sentence that starts with a pathway's words ("a job as ...") starts with a capital. */
  private static String capitalised(String text) {
    return text.isEmpty() || !Character.isLowerCase(text.charAt(0))
        ? text
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String joined(List<Part> parts) {
    StringBuilder text = new StringBuilder();
    parts.forEach(p -> text.append(p.text()));
    return text.toString();
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
