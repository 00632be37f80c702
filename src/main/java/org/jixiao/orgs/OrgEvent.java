package org.jixiao.orgs;

/** What happened to the org tree, published inside the transaction of the change (the audit trail listens). */
public sealed interface OrgEvent {
    record Created(long id, String description) implements OrgEvent {}

    /** One field ({@code name} or {@code code}) of an org changed. */
    record Changed(long id, String field, String oldValue, String newValue) implements OrgEvent {}
}
