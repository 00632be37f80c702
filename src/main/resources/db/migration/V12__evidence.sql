-- 佐证材料: files attached to a scorecard, one of its indicators or a monitoring round, kept in the database itself
-- so that a backup of the database holds them; the SHA-256 is kept to show a file is the one uploaded.
create table evidence (
    id           bigserial   primary key,
    scorecard_id bigint      not null references scorecard (id) on delete cascade,
    indicator    integer,                                   -- the row (0-based); null: the scorecard as a whole
    round_id     bigint      references monitoring_round (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size         bigint      not null,
    sha256       text        not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
create index evidence_scorecard_idx on evidence (scorecard_id, id);
