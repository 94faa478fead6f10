package io.parley.dashboard.apikey;

import io.parley.dashboard.web.CurrentCaller;
import io.parley.tenant.apikey.ApiKeyKind;
import io.parley.tenant.apikey.ApiKeyService;
import io.parley.tenant.apikey.ApiKeyView;
import io.parley.tenant.apikey.CreatedApiKey;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** API keys of a workspace. The full secret is in the creation response only. */
@RestController
@RequestMapping("/v1/workspaces/{workspaceId}/api-keys")
class ApiKeyController {

    record CreateKey(String name, ApiKeyKind kind, List<String> allowedOrigins) {
    }

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @GetMapping
    Mono<List<ApiKeyView>> list(@PathVariable UUID workspaceId) {
        return CurrentCaller.call(caller -> keys.list(caller, workspaceId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<CreatedApiKey> create(@PathVariable UUID workspaceId, @RequestBody CreateKey body) {
        return CurrentCaller.call(caller -> keys.create(caller, workspaceId, body.name(), body.kind(),
                body.allowedOrigins()));
    }

    /** Revokes the key; it stops working at once. */
    @DeleteMapping("/{keyId}")
    Mono<ApiKeyView> revoke(@PathVariable UUID workspaceId, @PathVariable UUID keyId) {
        return CurrentCaller.call(caller -> keys.revoke(caller, workspaceId, keyId));
    }
}
