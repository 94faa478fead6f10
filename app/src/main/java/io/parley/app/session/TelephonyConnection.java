package io.parley.app.session;

import io.parley.app.gateway.SessionGrant;
import io.parley.app.gateway.SessionTokens;
import io.parley.app.media.CallerLeg;
import io.parley.app.media.telephony.TelephonyLeg;
import io.parley.tenant.problem.Unauthenticated;
import io.parley.tenant.session.SessionOutcome;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.socket.CloseStatus;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A carrier's media stream for one phone call. The session token comes in the {@code start} event's custom
 * parameters (or the URL), since carriers put what the tenant's call instructions say there. Carriers do not read
 * error events: a bad token closes the stream with 4401, malformed messages are counted and skipped, and events the
 * carrier adds over time are ignored.
 */
final class TelephonyConnection implements CallClient {

    private static final Logger log = LoggerFactory.getLogger(TelephonyConnection.class);

    private final SocketOutbound out;
    private final CallRegistry calls;
    private final SessionTokens tokens;
    private final JsonMapper json;
    private final String urlToken;
    private final AtomicLong skipped = new AtomicLong();
    private volatile SessionGrant grant;
    private volatile TelephonyLeg leg;
    private volatile LiveCall call;

    TelephonyConnection(SocketOutbound out, CallRegistry calls, SessionTokens tokens, JsonMapper json, String urlToken) {
        this.out = out;
        this.calls = calls;
        this.tokens = tokens;
        this.json = json;
        this.urlToken = urlToken;
    }

    @Override
    public SessionGrant grant() {
        return grant;
    }

    @Override
    public CallerLeg leg() {
        return leg;
    }

    @Override
    public void sendEvent(String eventJson) {
        // Carriers take audio and marks only.
    }

    @Override
    public void turnAudioStarting(long turnId) {
        TelephonyLeg current = leg;
        if (current != null) {
            current.mark("turn-" + turnId);
        }
    }

    @Override
    public void close(CloseStatus status) {
        out.close(status);
    }

    void onText(String text) {
        JsonNode msg;
        try {
            msg = json.readTree(text);
        } catch (JacksonException e) {
            skipped.incrementAndGet();
            return;
        }
        switch (msg.path("event").asString("")) {
            case "start" -> start(msg);
            case "media" -> {
                TelephonyLeg current = leg;
                if (current == null || !current.acceptMedia(msg.path("media").path("payload").asString(""))) {
                    skipped.incrementAndGet();
                }
            }
            case "mark" -> marked(msg.path("mark").path("name").asString(""));
            case "stop" -> {
                LiveCall current = call;
                if (current != null) {
                    current.finishAsync(SessionOutcome.COMPLETED, "caller_hung_up");
                } else {
                    close(CloseCodes.ended("caller_hung_up"));
                }
            }
            default -> { }
        }
    }

    private void start(JsonNode msg) {
        if (leg != null) {
            skipped.incrementAndGet();
            return;
        }
        JsonNode start = msg.path("start");
        String token = start.path("customParameters").path("token").asString(urlToken);
        String encoding = start.path("mediaFormat").path("encoding").asString("audio/x-mulaw");
        int rate = start.path("mediaFormat").path("sampleRate").asInt(TelephonyLeg.CARRIER_RATE);
        if (!"audio/x-mulaw".equals(encoding) || rate != TelephonyLeg.CARRIER_RATE) {
            log.warn("Media stream refused: {} at {} Hz (only audio/x-mulaw at 8000 Hz)", encoding, rate);
            close(new CloseStatus(1003, "only audio/x-mulaw at 8000 Hz"));
            return;
        }
        try {
            grant = tokens.verify(token);
        } catch (Unauthenticated e) {
            close(CloseCodes.BAD_TOKEN);
            return;
        }
        String streamSid = msg.path("streamSid").asString(start.path("streamSid").asString("stream"));
        TelephonyLeg telephonyLeg = new TelephonyLeg(streamSid,
                message -> out.text(json.writeValueAsString(message)));
        leg = telephonyLeg;
        Schedulers.boundedElastic().schedule(() -> {
            try {
                call = calls.connect(this, telephonyLeg);
            } catch (CallRegistry.Refused refused) {
                close(refused.status());
            } catch (RuntimeException e) {
                log.error("Phone session {} could not start", grant.sessionId(), e);
                close(CloseCodes.ended("start_failed"));
            }
        });
    }

    private void marked(String name) {
        LiveCall current = call;
        if (current != null && name.startsWith("turn-")) {
            try {
                current.playbackStarted(Long.parseLong(name.substring(5)));
            } catch (NumberFormatException e) {
                skipped.incrementAndGet();
            }
        }
    }

    void socketClosed() {
        out.close(CloseStatus.NORMAL);
        TelephonyLeg current = leg;
        if (current != null) {
            current.stopped("stream closed");
        }
        LiveCall live = call;
        if (live != null) {
            live.detach(this, "transport_lost");
        }
    }

    long skippedMessages() {
        return skipped.get();
    }

}
