package com.bistro92.server;

import com.bistro92.problem.Problem;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a malformed request line 400, a URI too long 414, headers too large
 * 431, ...) as problem+json like every other error, instead of Jetty's HTML page.
 */
final class JsonErrors extends ErrorHandler {

    private final Problems problems;

    JsonErrors(Problems problems) {
        this.problems = problems;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object message = request.getAttribute(ERROR_MESSAGE);
        Problem problem = status >= 500
                ? new Problem(status, "Internal error", "The server could not complete the request")
                : Problems.fromStatus(status, message instanceof String s ? s : null);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        problems.respond(request, response, callback, problem);
        return true;
    }
}
