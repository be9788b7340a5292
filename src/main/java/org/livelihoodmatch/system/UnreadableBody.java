package org.livelihoodmatch.system;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Names the field of an unreadable JSON body where Jackson can tell which one it was. Jackson 3
 * gives the path on any of its exceptions, not only on binding ones: a number too large for its
 * field fails in the parser, and still names the field it was read for.
 */
final class UnreadableBody {

  private UnreadableBody() {}

  static FieldProblem describe(HttpMessageNotReadableException e) {
    JacksonException located = null;
    for (Throwable t = e; t != null && located == null; t = t.getCause()) {
      if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
        located = j;
      }
    }
    if (located != null) {
      StringBuilder field = new StringBuilder();
      for (JacksonException.Reference ref : located.getPath()) {
        if (ref.getPropertyName() != null) {
          if (!field.isEmpty()) {
            field.append('.');
          }
          field.append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          field.append('[').append(ref.getIndex()).append(']');
        }
      }
      return new FieldProblem(field.toString(), message(located));
    }
    return new FieldProblem("body", "is not valid JSON");
  }

  private static String message(JacksonException e) {
    if (e instanceof TextWithoutNul.NulInText) {
      return NulCharacterFilter.MESSAGE;
    }
    if (e instanceof TextWithoutNul.LoneSurrogate) {
      return TextWithoutNul.LoneSurrogate.MESSAGE;
    }
    if (e instanceof InputCoercionException) {
      return "is out of range";
    }
    if (e instanceof InvalidFormatException f
        && f.getValue() instanceof Number
        && isWholeNumberType(f.getTargetType())) {
      return "must be a whole number";
    }
    return "has a value of the wrong type or format";
  }

  private static boolean isWholeNumberType(Class<?> type) {
    return type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class
        || type == byte.class
        || type == Byte.class
        || type == java.math.BigInteger.class;
  }
}
