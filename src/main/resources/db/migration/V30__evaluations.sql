-- Stored evaluations (issue 11): the self-evaluation of a scorecard as it was computed on a save, a submission or an
-- explicit re-scoring, with the id and version of the rules that produced it. Lists, filters, comparisons,
-- roll-ups and exports read these rows, so a new or changed rules file never silently changes a past result.
-- The current row of a scorecard is the one with current = true; earlier ones stay as its history.

create table evaluation (
    id                      bigserial   primary key,
    scorecard_id            bigint      not null references scorecard (id) on delete cascade,
    scorecard_version       bigint      not null,
    current                 boolean     not null default true,
    reason                  text        not null,            -- CREATE, SAVE, SUBMIT, ADJUST, RESCORE, BACKFILL
    rules_id                text        not null,
    rules_version           text        not null,            -- sha-256 (first 16 hex) of the rules file as read
    total                   numeric(7, 2),                   -- null: a target table without actuals, not self-evaluated
    grade                   text,
    execution_rate_percent  numeric(12, 2),
    execution_score         numeric(7, 2),
    indicator_score         numeric(7, 2),
    blocking                integer     not null default 0,  -- findings that block submission
    detail                  jsonb       not null,            -- the evaluation as the API shows it (indicators, findings)
    created_at              timestamptz not null default now(),
    constraint evaluation_grade_ck check (grade in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    constraint evaluation_reason_ck check (reason in ('CREATE', 'SAVE', 'SUBMIT', 'ADJUST', 'RESCORE', 'BACKFILL'))
);
create unique index evaluation_current_uq on evaluation (scorecard_id) where current;
create index evaluation_grade_idx on evaluation (grade, scorecard_id) where current;
create index evaluation_history_idx on evaluation (scorecard_id, id);
