package io.parley.tenant.apikey;

/** A new key with its full value, returned exactly once: Parley keeps only its hash. */
public record CreatedApiKey(ApiKeyView key, String secret) {
}
