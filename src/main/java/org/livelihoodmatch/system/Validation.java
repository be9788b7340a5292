package org.livelihoodmatch.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Collects every problem of a request in one place, the bean-validation annotations and the rules
 * that need the catalogues or the database alike, so the caller gets all bad fields in one answer.
 */
@Component
public class Validation {

  private final Validator validator;

  Validation(Validator validator) {
    this.validator = validator;
  }

  /** Starts a list of problems with what the annotations of {@code form} say. */
  public Problems of(Object form) {
    Problems problems = new Problems();
    if (form == null) {
      problems.add("body", "the request has no body");
      return problems;
    }
    List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(form));
    violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
    for (ConstraintViolation<Object> v : violations) {
      problems.add(fieldName(v.getPropertyPath().toString()), v.getMessage());
    }
    return problems;
  }

  /** Whether a text has something to read: a letter or digit, not only invisible marks. */
  public static boolean hasLetterOrDigit(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * The field as a caller named it: Bean Validation's path without the nodes it adds for the
   * elements of a list or map ({@code languages[1].<list element>} is {@code languages[1]}).
   */
  public static String fieldName(String propertyPath) {
    return propertyPath.replaceAll("\\.<[a-z ]+>", "");
  }

  /** The problems found so far; {@link #throwIfAny()} ends the request with all of them. */
  public static final class Problems {
    private final List<FieldProblem> list = new ArrayList<>();

    public Problems add(String field, String message) {
      if (list.stream().noneMatch(p -> p.field().equals(field))) {
        list.add(new FieldProblem(field, message));
      }
      return this;
    }

    public boolean has(String field) {
      return list.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
      if (!list.isEmpty()) {
        throw new InvalidInputException(list);
      }
    }

    public List<FieldProblem> list() {
      return List.copyOf(list);
    }
  }
}
