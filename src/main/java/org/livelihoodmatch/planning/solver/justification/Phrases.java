package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * The few words every explanation of a plan shares: short ids (the library knows no names, and logs
 * carry ids, never names), US dollar amounts and preference ranks.
 */
public final class Phrases {

  private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth"};

  private Phrases() {}

  /** The first eight hex digits of an id, enough to tell the clients of one plan apart. */
  public static String shortId(UUID id) {
    return id == null ? "none" : id.toString().substring(0, 8);
  }

  /** "client 1a2b3c4d". */
  public static String client(UUID clientId) {
    return "client " + shortId(clientId);
  }

  /** "clients 1a2b3c4d, 5e6f7a8b and 9c0d1e2f". */
  public static String clients(List<UUID> clientIds) {
    if (clientIds.size() == 1) {
      return client(clientIds.get(0));
    }
    List<String> ids = clientIds.stream().map(Phrases::shortId).collect(Collectors.toList());
    return "clients "
        + String.join(", ", ids.subList(0, ids.size() - 1))
        + " and "
        + ids.get(ids.size() - 1);
  }

  /** US cents as "US$12.34". */
  public static String money(long cents) {
    String sign = cents < 0 ? "-" : "";
    long abs = Math.abs(cents);
    return String.format("%sUS$%d.%02d", sign, abs / 100, abs % 100);
  }

  /** "the client's first choice" or "not one of the client's preferred occupations". */
  public static String preference(int preferenceRank) {
    if (preferenceRank >= 1 && preferenceRank <= PathwayOption.MAX_PREFERENCE_RANK) {
      return "the client's " + ORDINALS[preferenceRank - 1] + " choice";
    }
    return "not one of the client's preferred occupations";
  }

  /** The pathway's label with its id, or "pathway ID" without a label. */
  public static String pathway(PathwayOption option) {
    return option.label() == null
        ? "pathway " + option.id()
        : option.label() + " (pathway " + option.id() + ")";
  }

  /** "1 seat" / "2 seats". */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
