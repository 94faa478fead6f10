package io.parley.tenant;

/** What a request needs to do in a workspace. */
public enum Permission {
    /** Read configuration, sessions and logs. */
    READ,
    /** Change agents and deployments. */
    WRITE,
    /** Manage members, API keys and the audit trail; dashboard users only, never a secret key. */
    ADMINISTER
}
