package org.troika.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;

/** Writes an error the way the request expects it: a problem detail under /api, the friendly page elsewhere. */
final class ErrorReplies {

    private ErrorReplies() {
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static ModelAndView reply(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
                              HttpStatus status, String pageTitle, String detail) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(status.getReasonPhrase());
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            try {
                json.writeValue(response.getOutputStream(), problem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ModelAndView();
        }
        return PageErrors.page(status, pageTitle, detail, response);
    }
}
