package org.jixiao.security;

/** What happened to an account, published inside the transaction of the change (the audit trail listens). */
public sealed interface UserEvent {
    /** {@code description}: the role and the org, as people read them. */
    record Created(String username, String description) implements UserEvent {}

    /** A change to an account that is not its content: a lock lifted, an API token created or revoked. */
    record Changed(String username, String field, String oldValue, String newValue) implements UserEvent {}
}
