-- API tokens for scripts (Authorization: Bearer jx_…): stored as the SHA-256 of the token, shown once at creation.
create table api_token (
    id          bigserial primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    name        text        not null,
    token_hash  text        not null unique,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);
create index api_token_user_idx on api_token (user_id);
