-- 绩效目标申报: the target tables set up in the application (from the indicator library, free-hand rows or last
-- year's copy), and which year-end self-evaluation is scored against which approved target table.
create table target_plan (
    scorecard_id bigint      primary key references scorecard (id) on delete cascade,
    copied_from  bigint,                                  -- last year's scorecard (no key: it may be deleted later)
    created_by   text        not null,
    created_at   timestamptz not null default now()
);

create table self_evaluation_of (
    scorecard_id bigint primary key references scorecard (id) on delete cascade,   -- the year-end self-evaluation
    target_id    bigint not null unique references scorecard (id) on delete cascade -- the approved target table
);
