package org.troika.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Requests no controller took (an unknown address, a method not allowed): a problem detail under /api,
 * the friendly error page elsewhere. Controllers' own errors are handled by {@link ApiProblems} and {@link PageErrors}.
 */
@ControllerAdvice
public class UnmatchedRequests {

    private static final Logger LOG = LoggerFactory.getLogger(UnmatchedRequests.class);

    @ExceptionHandler(Exception.class)
    Object unmatched(Exception e, HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = e instanceof ErrorResponse error && HttpStatus.resolve(error.getStatusCode().value()) != null
                ? HttpStatus.valueOf(error.getStatusCode().value()) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail;
        if (status == HttpStatus.NOT_FOUND) {
            detail = "There is nothing at " + request.getRequestURI() + ".";
        } else if (status.is5xxServerError()) {
            LOG.error("Request failed outside any controller", e);
            detail = "Troika could not answer this request; the error has been logged.";
        } else {
            detail = ((ErrorResponse) e).getBody().getDetail();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return PageErrors.page(status, status == HttpStatus.NOT_FOUND ? "Page not found" : status.getReasonPhrase(), detail, response);
    }
}
