package org.livelihoodmatch.system;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;

/**
 * How the officers' forms read what was typed: fields bound directly by name; numbers and dates
 * also in Khmer digits, empty as nothing; a value that cannot be read is a {@code typeMismatch}
 * beside its field, kept as typed (the pages' messages say {@code typeMismatch.java.lang.Integer}
 * and the like in both languages).
 */
public final class TypedText {

  private TypedText() {}

  public static void register(WebDataBinder binder) {
    binder.initDirectFieldAccess();
    binder.registerCustomEditor(Integer.class, editor(Integer::valueOf));
    binder.registerCustomEditor(Long.class, editor(Long::valueOf));
    binder.registerCustomEditor(
        BigDecimal.class, editor(text -> new BigDecimal(text.replace(",", ""))));
    binder.registerCustomEditor(LocalDate.class, editor(LocalDate::parse));
  }

  private static PropertyEditorSupport editor(Function<String, Object> read) {
    return new PropertyEditorSupport() {
      @Override
      public void setAsText(String text) {
        String ascii = asciiDigits(text).strip();
        setValue(ascii.isEmpty() ? null : read.apply(ascii));
      }

      @Override
      public String getAsText() {
        Object value = getValue();
        return value == null
            ? ""
            : value instanceof BigDecimal money ? money.toPlainString() : value.toString();
      }
    };
  }

  /** Khmer digits (០-៩) as ASCII digits, so that numbers typed on a Khmer keyboard are read. */
  public static String asciiDigits(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> ascii.appendCodePoint(c >= '\u17E0' && c <= '\u17E9' ? '0' + (c - '\u17E0') : c));
    return ascii.toString();
  }
}
