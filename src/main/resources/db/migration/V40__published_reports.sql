-- 自评报告 as published (issue 13): the report's text (title, sections, paragraphs) as it stood when the scorecard was
-- published, kept as it was, so the scorecard and public pages offer the report that was published (as .docx and
-- PDF written from this text), not one written again later under other rules or material. A kept report is never
-- changed (the trigger refuses it, whoever asks); it goes only with its scorecard.
create table published_report (
    scorecard_id  bigint      primary key references scorecard (id) on delete cascade,
    title         text        not null,
    content       jsonb       not null,
    sha256        text        not null,               -- of the content as stored, named in the 操作日志
    stored_at     timestamptz not null default now(),
    stored_by     text        not null
);

create function published_report_fixed() returns trigger language plpgsql as $$
begin
    raise exception '已公开的自评报告不能修改 / a published report cannot be changed';
end $$;

create trigger published_report_fixed before update on published_report
    for each row execute function published_report_fixed();
