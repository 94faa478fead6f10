package io.parley.app.session;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.app.gateway.LiveSessions;
import org.springframework.stereotype.Component;

/** Live and admitted sessions on this node, for dashboards, alerts and the autoscaler. */
@Component
class SessionGauges {

    SessionGauges(MeterRegistry registry, LiveSessions live, CallRegistry calls) {
        Gauge.builder("parley.sessions.active", calls, CallRegistry::size)
                .description("calls live on this node").register(registry);
        Gauge.builder("parley.sessions.admitted", live, LiveSessions::count)
                .description("sessions admitted on this node, connected or not yet").register(registry);
    }
}
