package io.parley.tenant.apikey;

/** Secret keys are for a tenant's servers; publishable keys go into web pages and only work from allowed origins. */
public enum ApiKeyKind {
    SECRET("sk_"), PUBLISHABLE("pk_");

    private final String prefix;

    ApiKeyKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
