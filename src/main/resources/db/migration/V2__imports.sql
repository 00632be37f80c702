-- An import is previewed first (parsed, nothing stored as scorecards) and confirmed later; the batch keeps
-- the document text so the confirmation stores exactly what was previewed.
create table import_batch (
    id            bigserial primary key,
    file_name     text        not null,
    digest        text        not null,
    text          text        not null,
    table_count   integer     not null,
    status        text        not null default 'PREVIEW',
    scorecard_ids text,
    created_at    timestamptz not null default now(),
    confirmed_at  timestamptz,
    constraint import_batch_status_ck check (status in ('PREVIEW', 'CONFIRMED'))
);
create index scorecard_source_idx on scorecard (source_digest);

-- Small facts about this installation, e.g. whether the demo data was loaded once already.
create table app_setting (
    key        text primary key,
    value      text        not null,
    updated_at timestamptz not null default now()
);
