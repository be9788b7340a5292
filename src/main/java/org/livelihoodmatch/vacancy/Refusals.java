package org.livelihoodmatch.vacancy;

import java.util.ArrayList;
import java.util.List;

/** Collects the refusals of one request, the first per field, and ends it with all of them. */
final class Refusals {

  private final List<Refusal> list = new ArrayList<>();

  Refusals add(Refusal refusal) {
    if (list.stream().noneMatch(r -> r.field().equals(refusal.field()))) {
      list.add(refusal);
    }
    return this;
  }

  Refusals add(String field, String code, String message, Object... args) {
    return add(Refusal.of(field, code, message, args));
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new VacancyRefused(list);
    }
  }
}
