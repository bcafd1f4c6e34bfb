package org.troika.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.troika.state.UnknownStateException;

/**
 * Errors of the REST API as RFC 7807 problem details ({@code application/problem+json}): a status, a title
 * and a detail that names the parameter at fault. Only known kinds of error are handled here, so that a
 * feature's own advice still sees its own exceptions; anything unexpected ends in {@link UnexpectedErrors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request parameter");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    /** A State code that reached a facade unchecked: still the client's mistake, and the message names the code. */
    @ExceptionHandler(UnknownStateException.class)
    ProblemDetail unknownState(UnknownStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Unknown State");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : switch (e.getRequiredType().getSimpleName()) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            default -> "a " + e.getRequiredType().getSimpleName();
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.getName() + "' must be " + expected + "; was '" + e.getValue() + "'");
        problem.setTitle("Bad request parameter");
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Parameter '" + e.getParameterName() + "' is required");
        problem.setTitle("Missing request parameter");
        problem.setProperty("parameter", e.getParameterName());
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
