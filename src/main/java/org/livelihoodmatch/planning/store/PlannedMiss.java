package org.livelihoodmatch.planning.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.livelihoodmatch.livelihood.Reason;

/**
 * An option a client of a plan just misses, stored with the plan when she has no feasible pathway:
 * the pathway as it would be, by how much a month it falls short, what blocks it, and what would
 * make it work, each remedy stored as the keyed sentence the pages say in the reader's language.
 */
public record PlannedMiss(
    PlannedOption pathway, BigDecimal shortBy, String blockedBy, List<Remedy> remedies) {

  public PlannedMiss {
    remedies = remedies == null ? List.of() : List.copyOf(remedies);
  }

  /** A {@link Reason} as JSON can hold it: its words' kinds and values beside its key. */
  public record Remedy(String english, String key, List<Arg> args) {

    public Remedy {
      args = args == null ? List.of() : List.copyOf(args);
    }

    public static Remedy of(Reason reason) {
      List<Arg> args = new ArrayList<>();
      for (Object arg : reason.args()) {
        args.add(Arg.of(arg));
      }
      return new Remedy(reason.english(), reason.key(), args);
    }

    public Reason reason() {
      return new Reason(english, key, args.stream().map(Arg::value).toList());
    }
  }

  /** One argument of a remedy: a province, an occupation, money, a date, a number or text. */
  public record Arg(String kind, String text) {

    static Arg of(Object arg) {
      if (arg instanceof Reason.Province p) {
        return new Arg("province", p.code());
      }
      if (arg instanceof Reason.Occupation o) {
        return new Arg("occupation", o.code());
      }
      if (arg instanceof Reason.FamilyLivelihood f) {
        return new Arg("family", f.code());
      }
      if (arg instanceof Reason.Loan l) {
        return new Arg("loan", l.code());
      }
      if (arg instanceof Reason.Money m) {
        return new Arg("money", m.amount().toPlainString());
      }
      if (arg instanceof LocalDate d) {
        return new Arg("date", d.toString());
      }
      if (arg instanceof Integer || arg instanceof Long) {
        return new Arg("number", arg.toString());
      }
      return new Arg("text", String.valueOf(arg));
    }

    Object value() {
      return switch (kind) {
        case "province" -> new Reason.Province(text);
        case "occupation" -> new Reason.Occupation(text);
        case "family" -> new Reason.FamilyLivelihood(text);
        case "loan" -> new Reason.Loan(text);
        case "money" -> new Reason.Money(new BigDecimal(text));
        case "date" -> LocalDate.parse(text);
        case "number" -> Long.valueOf(text);
        default -> text;
      };
    }
  }
}
