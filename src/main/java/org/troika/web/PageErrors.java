package org.troika.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.troika.state.UnknownStateException;

/**
 * Errors of the HTML pages as a friendly page in the site's frame: what was wrong and where to go next.
 * Known kinds of error only; anything unexpected ends in {@link UnexpectedErrors}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 90)
public class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), response);
    }

    @ExceptionHandler({BadParameterException.class, UnknownStateException.class})
    ModelAndView badRequest(RuntimeException e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "This address has a mistake in it", e.getMessage(), response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "This address has a mistake in it",
                "'" + e.getValue() + "' is not a valid value for '" + e.getName() + "'.", response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "This address is incomplete", "Parameter '" + e.getParameterName() + "' is required.", response);
    }

    static ModelAndView page(HttpStatus status, String title, String detail, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        return page;
    }
}
