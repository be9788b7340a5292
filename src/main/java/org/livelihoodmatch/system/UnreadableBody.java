package org.livelihoodmatch.system;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Names the field of an unreadable JSON body where Jackson can tell which one it was. */
final class UnreadableBody {

  private UnreadableBody() {}

  static FieldProblem describe(HttpMessageNotReadableException e) {
    DatabindException databind = null;
    for (Throwable t = e; t != null && databind == null; t = t.getCause()) {
      if (t instanceof DatabindException d) {
        databind = d;
      }
    }
    if (databind != null && !databind.getPath().isEmpty()) {
      StringBuilder field = new StringBuilder();
      for (JacksonException.Reference ref : databind.getPath()) {
        if (ref.getPropertyName() != null) {
          if (!field.isEmpty()) {
            field.append('.');
          }
          field.append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          field.append('[').append(ref.getIndex()).append(']');
        }
      }
      String message =
          databind instanceof TextWithoutNul.NulInText
              ? NulCharacterFilter.MESSAGE
              : "has a value of the wrong type or format";
      return new FieldProblem(field.toString(), message);
    }
    return new FieldProblem("body", "is not valid JSON");
  }
}
