package io.parley.tenant;

/** A member's role in a workspace. Viewers read; admins change configuration; owners also manage people. */
public enum Role {
    OWNER, ADMIN, VIEWER;

    public boolean canWrite() {
        return this != VIEWER;
    }

    public boolean canManageMembers() {
        return this == OWNER || this == ADMIN;
    }
}
