package org.troika.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last resort, after every advice and Spring's own resolvers passed: the error is logged with its stack
 * trace, and the user gets a 500 that says so, never the trace itself.
 */
@Component
@ConditionalOnWebApplication
class UnexpectedErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final ObjectMapper json;

    UnexpectedErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (response.isCommitted()) {
            // A stream (an export) broke off midway: the status is sent already; log it and let the connection end.
            LOG.error("Request {} failed after the response started", request.getRequestURI(), e);
            return null;
        }
        LOG.error("Request {} failed", request.getRequestURI(), e);
        return ErrorReplies.reply(request, response, json, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Troika could not answer this request; the error has been logged.");
    }
}
