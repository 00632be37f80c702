-- 自评报告: the paragraphs a filler rewrote; the rest of the report is generated from the scorecard each time.
create table report_paragraph (
    scorecard_id bigint not null references scorecard (id) on delete cascade,
    part         text   not null,
    position     int    not null check (position >= 0),
    body         text   not null,
    updated_at   timestamptz not null default now(),
    updated_by   text   not null,
    primary key (scorecard_id, part, position)
);
