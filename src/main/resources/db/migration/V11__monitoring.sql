-- 绩效运行监控 (双监控): rounds per approved scorecard (data up to the end of a month), money paid (cash) and
-- committed, each indicator's progress and expected year-end value, and the traffic lights worked out when the round
-- was recorded (kept, so the regional roll-up is one aggregate query).
create table monitoring_round (
    id             bigserial   primary key,
    scorecard_id   bigint      not null references scorecard (id) on delete cascade,
    month          integer     not null,
    planned        numeric(18, 2),                        -- 全年预算数 A at the time of the round
    paid           numeric(18, 2) not null,               -- 截至监控月实际支付 (cash)
    committed      numeric(18, 2),                        -- 已签合同未支付
    rate_percent   numeric(9, 2),
    budget_ratio   numeric(9, 2),
    budget_light   text        not null,
    overall_light  text        not null,
    red            integer     not null default 0,
    yellow         integer     not null default 0,
    green          integer     not null default 0,
    blue           integer     not null default 0,
    note           text,
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now(),
    constraint monitoring_round_month_ck check (month between 1 and 12),
    constraint monitoring_round_once unique (scorecard_id, month)
);
create index monitoring_round_scorecard_idx on monitoring_round (scorecard_id, month desc);

create table monitoring_entry (
    round_id       bigint  not null references monitoring_round (id) on delete cascade,
    position       integer not null,                      -- the indicator's row in the scorecard
    indicator_name text    not null,
    target         text,
    progress       text,
    expected       text,
    possibility    text,
    reason         text,
    measure        text,
    ratio          numeric(12, 2),
    light          text    not null,
    explanation    text,
    primary key (round_id, position)
);
