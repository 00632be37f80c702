-- Issue 15, "published means fixed": a correction of a PUBLISHED scorecard is a new scorecard (a new version) that
-- goes through review and is published again; the corrected one stays as it was. corrects_id links a version to the
-- one it corrects; one correction per version (the chain of versions is a line, not a tree).
alter table scorecard add column corrects_id bigint references scorecard (id);
create unique index scorecard_correction_uq on scorecard (corrects_id) where corrects_id is not null;
