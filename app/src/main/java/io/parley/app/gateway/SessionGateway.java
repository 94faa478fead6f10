package io.parley.app.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.tenant.Caller;
import io.parley.tenant.Permission;
import io.parley.tenant.account.AccountService;
import io.parley.tenant.apikey.ApiKeyKind;
import io.parley.tenant.apikey.ApiKeyService;
import io.parley.tenant.deployment.DeploymentService;
import io.parley.tenant.deployment.DeploymentView;
import io.parley.tenant.overview.RefusedSessions;
import io.parley.tenant.problem.InvalidInput;
import io.parley.tenant.problem.Unauthenticated;
import io.parley.tenant.session.SessionOutcome;
import io.parley.tenant.session.SessionRecorder;
import io.parley.tenant.workspace.WorkspaceAccess;
import io.parley.tenant.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Admits callers: checks the credential and the deployment, then capacity (node, then workspace quota), opens the
 * session record and issues the token. All checks happen before any media flows.
 */
@Service
public class SessionGateway {

    private static final Logger log = LoggerFactory.getLogger(SessionGateway.class);

    /** What the caller asks for. {@code workspaceId} is needed only with a dashboard login. */
    public record Request(UUID deploymentId, UUID workspaceId) {
    }

    private final ApiKeyService apiKeys;
    private final AccountService accounts;
    private final WorkspaceAccess access;
    private final WorkspaceService workspaces;
    private final DeploymentService deployments;
    private final SessionRecorder recorder;
    private final RefusedSessions refusals;
    private final LiveSessions live;
    private final SessionTokens tokens;
    private final IceServerIssuer iceServers;
    private final GatewayProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    SessionGateway(ApiKeyService apiKeys, AccountService accounts, WorkspaceAccess access, WorkspaceService workspaces,
                   DeploymentService deployments, SessionRecorder recorder, RefusedSessions refusals, LiveSessions live, SessionTokens tokens,
                   IceServerIssuer iceServers, GatewayProperties properties, MeterRegistry meters, Clock clock) {
        this.apiKeys = apiKeys;
        this.accounts = accounts;
        this.access = access;
        this.workspaces = workspaces;
        this.deployments = deployments;
        this.recorder = recorder;
        this.refusals = refusals;
        this.live = live;
        this.tokens = tokens;
        this.iceServers = iceServers;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** Blocking (database); call off the event loop. */
    public SessionOffer open(String credential, String origin, Request request, String baseWsUrl) {
        if (request == null || request.deploymentId() == null) {
            throw InvalidInput.field("deploymentId", "is required");
        }
        UUID workspaceId = workspaceOf(credential, origin, request);
        DeploymentView deployment = deployments.find(workspaceId, request.deploymentId());
        boolean browser = credential.startsWith(ApiKeyKind.PUBLISHABLE.prefix());
        if (browser && !deployment.allowedOrigins().isEmpty() && !deployment.allowedOrigins().contains(origin)) {
            throw refused(deployment, SessionRefused.originNotAllowed(origin));
        }
        UUID sessionId = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenTtl());
        if (!live.reserve(sessionId, workspaceId, expiresAt, properties.maxPerNode())) {
            throw refused(deployment, live.draining() ? SessionRefused.nodeDraining()
                    : SessionRefused.nodeAtCapacity(properties.maxPerNode()));
        }
        int quota = workspaces.concurrencyQuota(workspaceId);
        boolean opened = false;
        try {
            opened = recorder.openWithinQuota(sessionId, workspaceId, deployment.id(), now, quota,
                    now.minus(properties.maxDuration()));
        } finally {
            if (!opened) {
                live.release(sessionId);
            }
        }
        if (!opened) {
            throw refused(deployment, SessionRefused.quotaReached(quota));
        }
        String token = tokens.issue(new SessionGrant(sessionId, workspaceId, deployment.id(), browser ? origin : null,
                expiresAt));
        return new SessionOffer(sessionId, token, expiresAt, baseWsUrl + "/v1/sessions/" + sessionId + "/ws",
                SessionOffer.TRANSPORTS, iceServers.issue(sessionId.toString()));
    }

    private UUID workspaceOf(String credential, String origin, Request request) {
        if (credential == null) {
            throw Unauthenticated.badToken();
        }
        if (credential.startsWith(ApiKeyKind.SECRET.prefix())) {
            return apiKeys.authenticateSecret(credential).orElseThrow(Unauthenticated::badToken).workspaceId();
        }
        if (credential.startsWith(ApiKeyKind.PUBLISHABLE.prefix())) {
            return apiKeys.authenticatePublishable(credential, origin)
                    .orElseThrow(() -> Unauthenticated.publishableKey(origin)).workspaceId();
        }
        var user = accounts.authenticate(credential).orElseThrow(Unauthenticated::badToken);
        if (request.workspaceId() == null) {
            throw InvalidInput.field("workspaceId", "is required when signed in to the dashboard");
        }
        access.require(new Caller.User(user.id(), user.email()), request.workspaceId(), Permission.READ);
        return request.workspaceId();
    }

    /** Counts the refusal for the node's metrics and the deployment's overview; the caller gets it either way. */
    private SessionRefused refused(DeploymentView deployment, SessionRefused refusal) {
        meters.counter("parley.sessions.refused", "reason", refusal.reason()).increment();
        try {
            refusals.record(deployment.workspaceId(), deployment.id(), refusal.reason(), clock.instant());
        } catch (DataAccessException e) {
            log.warn("Could not count a refused session of deployment {}: {}", deployment.id(), e.getMessage());
        }
        return refusal;
    }

    /** Sessions admitted but never connected end as abandoned once their token expires. */
    @Scheduled(fixedDelayString = "${parley.sessions.reap-interval:30s}")
    void reapUnconnected() {
        live.reapExpired(e -> recorder.close(e.getValue(), e.getKey(), SessionOutcome.ABANDONED,
                "never connected", clock.instant(), 0, 0, 0));
    }
}
