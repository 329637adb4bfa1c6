package com.bistro92.server.feed;

import com.bistro92.server.Problems;
import com.bistro92.server.Caller;

import com.bistro92.problem.Problem;
import com.bistro92.table.DisplayIdentity;
import com.bistro92.table.PadIdentity;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/** Jetty's side of one feed connection: hands the session to the {@link OrderFeed}. Public because Jetty calls it reflectively. */
public final class FeedEndpoint implements Session.Listener.AutoDemanding {

    private static final Pattern SEQ = Pattern.compile("\\d{1,18}");

    private final OrderFeed feed;
    private final Long since;
    private final PadIdentity pad;
    private final DisplayIdentity display;
    private final Integer integration;
    private FeedSession client;

    FeedEndpoint(OrderFeed feed, Long since, PadIdentity pad, DisplayIdentity display, Integer integration) {
        this.integration = integration;
        this.feed = feed;
        this.since = since;
        this.pad = pad;
        this.display = display;
    }

    /** Accepts {@code /ws/orders[?since=N]}; a malformed {@code since} is refused with 400 before upgrading. */
    public static WebSocketCreator creator(OrderFeed feed, Problems problems) {
        return (request, response, callback) -> {
            // No permessage-deflate: it would compress every event once per client (6 µs each, measured),
            // undoing "serialise once", to save a few hundred bytes on a LAN; it shrinks a 10,000-order
            // snapshot 50 times, but that is sent once per connection (docs/performance.md, Compression).
            response.setExtensions(List.of());
            // who may open the feed is its route's rule (Access.FEED), decided before the upgrade
            Object caller = request.getAttribute(Caller.ATTRIBUTE);
            PadIdentity pad = caller instanceof Caller.Pad p ? p.pad() : null;
            DisplayIdentity display = caller instanceof Caller.Display d ? d.display() : null;
            Integer integration = caller instanceof Caller.Integration i ? i.client().id() : null;
            String refused = feed.refusal(pad, display);
            if (refused != null) {
                return refuse(request, response, callback, problems, pad == null && display == null
                        ? Problem.busy(refused, 5)
                        : Problem.tooMany(refused, 5));
            }
            String since;
            try {
                since = Request.extractQueryParameters(request).getValue("since");
            } catch (RuntimeException e) {
                return refuse(request, response, callback, problems,
                        Problem.badRequest("The query string is not valid"));
            }
            if (since == null || since.isBlank()) {
                return new FeedEndpoint(feed, null, pad, display, integration);
            }
            if (SEQ.matcher(since.strip()).matches()) {
                return new FeedEndpoint(feed, Long.parseLong(since.strip()), pad, display, integration);
            }
            return refuse(request, response, callback, problems,
                    Problem.badRequest("since must be a whole number of 0 or more"));
        };
    }

    /** Answers the upgrade request with {@code problem} instead of upgrading it. */
    private static FeedEndpoint refuse(Request request, Response response, org.eclipse.jetty.util.Callback callback,
                                       Problems problems, Problem problem) {
        problems.respond(request, response, callback, problem);
        return null;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        client = feed.open(session, since, pad, display, integration);
    }

    /** The only thing a client may say: {@code ping}, answered with {@code {"type":"pong"}}. Anything else is ignored. */
    @Override
    public void onWebSocketText(String message) {
        if (client != null && "ping".equals(message)) {
            client.pong();
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        feed.closed(client);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        feed.closed(client);
    }
}
