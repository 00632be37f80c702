-- 自评报告 as published (issue 13): the .docx and PDF written when the scorecard was published, kept as they were,
-- so the scorecard and public pages offer the report that was published, not one written again later under other
-- rules or material. A stored report is never changed (the trigger refuses it, whoever asks); it goes only with its
-- scorecard.
create table report_file (
    scorecard_id  bigint      primary key references scorecard (id) on delete cascade,
    title         text        not null,
    docx          bytea       not null,
    pdf           bytea       not null,
    pdf_sha256    text        not null,
    stored_at     timestamptz not null default now(),
    stored_by     text        not null
);

create function report_file_fixed() returns trigger language plpgsql as $$
begin
    raise exception '已公开的自评报告不能修改 / a published report cannot be changed';
end $$;

create trigger report_file_fixed before update on report_file for each row execute function report_file_fixed();
