-- Scorecards (绩效目标表 / 自评表): one funded item for one year, with its budget lines and indicator rows.
-- Texts are kept as written; the parsed reading of targets and actuals sits beside them for SQL aggregation.

create table scorecard (
    id                       bigserial primary key,
    version                  bigint      not null default 0,          -- optimistic locking
    status                   text        not null default 'DRAFT',
    kind                     text        not null,
    form                     text,
    title                    text,
    year                     integer,
    project                  text,
    unit                     text,
    competent_department     text,
    region                   text,
    currency                 text,
    budget_initial           numeric(18, 2),
    budget_planned           numeric(18, 2),
    budget_executed          numeric(18, 2),
    budget_rate_percent      numeric(9, 2),
    goal_target              text,
    goal_achievement         text,
    has_goal                 boolean     not null default false,
    source_file              text,
    source_digest            text,                                     -- sha-256 of the imported document's text
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    constraint scorecard_kind_ck check (kind in ('PROJECT', 'TRANSFER', 'DEPARTMENT')),
    constraint scorecard_status_ck check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PUBLISHED'))
);
create index scorecard_year_idx on scorecard (year, kind);
create index scorecard_unit_idx on scorecard (unit);
create index scorecard_project_idx on scorecard (project, year);

create table fund_source (
    scorecard_id   bigint  not null references scorecard (id) on delete cascade,
    position       integer not null,
    name           text    not null,
    planned        numeric(18, 2),
    executed       numeric(18, 2),
    rate_percent   numeric(9, 2),
    primary key (scorecard_id, position)
);

create table indicator (
    scorecard_id        bigint  not null references scorecard (id) on delete cascade,
    position            integer not null,
    level1              text,
    level2              text,
    name                text    not null,
    target              text,
    actual              text,
    weight              numeric(7, 2),
    score               numeric(7, 2),
    reason              text,
    definition          text,
    duty                text,
    duty_goal           text,
    goal_content        text,
    activity            text,
    ref_planned         text,
    ref_standard        text,
    ref_standard_source text,
    ref_three_year_avg  text,
    ref_last_year       text,
    ref_history_source  text,
    has_references      boolean not null default false,
    grade               text,
    completion_percent  numeric(7, 2),
    value_kind          text,
    not_applicable      boolean,
    deduction           numeric(7, 2),
    -- the grammar's reading, written on save (see ValueGrammar): kind of reading, comparator, amount, unit
    target_reading      text,
    target_comparator   text,
    target_amount       numeric(24, 6),
    target_unit         text,
    actual_reading      text,
    actual_amount       numeric(24, 6),
    actual_unit         text,
    primary key (scorecard_id, position)
);
create index indicator_name_idx on indicator (name);
