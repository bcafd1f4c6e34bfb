package org.troika.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests that no controller took (an unknown address, a method not allowed): a problem detail under /api,
 * the friendly error page elsewhere. Controllers' errors are left to the advices and to {@link UnexpectedErrors}.
 */
@Component
@ConditionalOnWebApplication
class UnmatchedRequests implements HandlerExceptionResolver, Ordered {

    private final ObjectMapper json;

    UnmatchedRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (handler instanceof HandlerMethod || !(e instanceof ErrorResponse error)
                || HttpStatus.resolve(error.getStatusCode().value()) == null) {
            return null;
        }
        HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
        boolean notFound = status == HttpStatus.NOT_FOUND;
        String detail = notFound ? "There is nothing at " + request.getRequestURI()
                + (ErrorReplies.isApi(request) ? "; the API is described at /v3/api-docs." : ".")
                : error.getBody().getDetail();
        return ErrorReplies.reply(request, response, json, status, notFound ? "Page not found" : status.getReasonPhrase(), detail);
    }
}
