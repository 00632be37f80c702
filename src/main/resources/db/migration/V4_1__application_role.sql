-- The application connects as its own role (placeholder app_role), not as the owner that runs these migrations and
-- not as a superuser, so that grants bind it. When one user does both (an external database set up that way), there
-- is nothing to grant and nothing may be revoked from the owner, so the block does nothing.
do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    -- tables and sequences of later migrations get the same rights without each migration naming the role
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
    -- the audit trail is append-only for the application: REVOKE binds a non-superuser, the trigger stays as a
    -- second line
    execute format('revoke update, delete, truncate on audit_event from %I', app);
    -- the migrations' bookkeeping is the owner's
    execute format('revoke all on flyway_schema_history from %I', app);
end $$;
