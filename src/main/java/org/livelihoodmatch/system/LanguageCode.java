package org.livelihoodmatch.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A language as the service records it: a two- or three-letter lower-case ISO 639 code ({@code km},
 * {@code en}, {@code tpu}), for clients' languages and those of work and courses alike.
 */
@Documented
@Constraint(validatedBy = {})
@NotNull
@Pattern(regexp = "[a-z]{2,3}")
@ReportAsSingleViolation
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageCode {

  String message() default "must be a language code such as km";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
