package io.parley.tenant;

import java.util.UUID;

/** Who is making a request: a dashboard user, or a tenant's back end holding a secret key of one workspace. */
public sealed interface Caller {

    /** A name for the audit log. */
    String auditName();

    record User(UUID userId, String email) implements Caller {
        @Override
        public String auditName() {
            return "user:" + email;
        }
    }

    record SecretKey(UUID keyId, UUID workspaceId, String displayPrefix) implements Caller {
        @Override
        public String auditName() {
            return "key:" + displayPrefix;
        }
    }
}
