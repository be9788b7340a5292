package org.livelihoodmatch.vacancy;

import java.util.Map;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Unknown or malformed vacancy ids on the vacancy pages are answered with the "not found" page,
 * never with an error trace.
 */
@ControllerAdvice(
    assignableTypes = {
      VacancyFormController.class,
      VacancyReviewController.class,
      EmployerVacancyController.class
    })
class VacancyPageErrors {

  @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
  ModelAndView notFound() {
    return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
  }
}
