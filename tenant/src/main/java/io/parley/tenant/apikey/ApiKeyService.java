package io.parley.tenant.apikey;

import io.parley.tenant.Caller;
import io.parley.tenant.Permission;
import io.parley.tenant.audit.AuditLog;
import io.parley.tenant.problem.Checks;
import io.parley.tenant.problem.NotFound;
import io.parley.tenant.secret.Secrets;
import io.parley.tenant.workspace.WorkspaceAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workspace API keys: create (shown once), list, revoke, and authenticate. */
@Service
public class ApiKeyService {

    /** Last-used times are written at most this often per key, so authentication is not a write per request. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, WorkspaceAccess access, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiKey create(Caller caller, UUID workspaceId, String name, ApiKeyKind kind,
                                List<String> allowedOrigins) {
        access.require(caller, workspaceId, Permission.ADMINISTER);
        Checks checks = new Checks().text(name, "name", 120)
                .require(kind != null, "kind", "must be secret or publishable");
        List<String> origins = Origins.normalize(allowedOrigins, "allowedOrigins", checks);
        checks.require(kind != ApiKeyKind.PUBLISHABLE || !origins.isEmpty(), "allowedOrigins",
                "a publishable key needs at least one allowed origin");
        checks.require(kind != ApiKeyKind.SECRET || origins.isEmpty(), "allowedOrigins",
                "secret keys are for servers and take no origins");
        checks.throwIfAny();
        String secret = Secrets.newToken(kind.prefix());
        ApiKeyEntity key = keys.save(new ApiKeyEntity(workspaceId, name.strip(), kind, secret.substring(0, 10),
                Secrets.sha256(secret), kind == ApiKeyKind.PUBLISHABLE ? secret : null,
                origins.toArray(String[]::new)));
        audit.record(workspaceId, caller, "api-key.created", "api-key", key.id,
                Map.of("name", key.name, "kind", kind.name(), "allowedOrigins", origins));
        return new CreatedApiKey(view(key), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiKeyView> list(Caller caller, UUID workspaceId) {
        access.require(caller, workspaceId, Permission.ADMINISTER);
        return keys.findByWorkspaceIdOrderByCreatedAtDesc(workspaceId).stream().map(ApiKeyService::view).toList();
    }

    /** Revokes a key at once; revoking twice is harmless. */
    @Transactional
    public ApiKeyView revoke(Caller caller, UUID workspaceId, UUID keyId) {
        access.require(caller, workspaceId, Permission.ADMINISTER);
        ApiKeyEntity key = keys.findByIdAndWorkspaceId(keyId, workspaceId)
                .orElseThrow(() -> NotFound.of("API key", keyId));
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
            audit.record(workspaceId, caller, "api-key.revoked", "api-key", keyId, Map.of("name", key.name));
        }
        return view(key);
    }

    /** The workspace a live secret key belongs to. */
    @Transactional
    public Optional<Caller.SecretKey> authenticateSecret(String presented) {
        return live(presented, ApiKeyKind.SECRET)
                .map(k -> new Caller.SecretKey(k.id, k.workspaceId, k.displayPrefix));
    }

    /** A live publishable key presented from one of its allowed origins. */
    @Transactional
    public Optional<PublishableGrant> authenticatePublishable(String presented, String origin) {
        String normalized = Origins.normalizeOne(origin);
        return live(presented, ApiKeyKind.PUBLISHABLE)
                .filter(k -> normalized != null && Arrays.asList(k.allowedOrigins).contains(normalized))
                .map(k -> new PublishableGrant(k.id, k.workspaceId, normalized));
    }

    private Optional<ApiKeyEntity> live(String presented, ApiKeyKind kind) {
        if (presented == null || !presented.startsWith(kind.prefix())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return keys.findByKeyHash(Secrets.sha256(presented))
                .filter(k -> k.kind == kind && k.revokedAt == null)
                .map(k -> {
                    if (k.lastUsedAt == null || k.lastUsedAt.plus(LAST_USED_RESOLUTION).isBefore(now)) {
                        k.lastUsedAt = now;
                    }
                    return k;
                });
    }

    private static ApiKeyView view(ApiKeyEntity k) {
        return new ApiKeyView(k.id, k.workspaceId, k.name, k.kind, k.displayPrefix, k.publishableKey,
                List.of(k.allowedOrigins), k.createdAt, k.lastUsedAt, k.revokedAt);
    }
}
