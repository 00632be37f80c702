-- Money as paid (issue 12) in the stored evaluation: a monitoring round recorded after the evaluation brings its
-- outside findings up to date as a new row with the same rules and scores, reason MONITORING.
alter table evaluation drop constraint evaluation_reason_ck;
alter table evaluation add constraint evaluation_reason_ck
    check (reason in ('CREATE', 'SAVE', 'SUBMIT', 'ADJUST', 'RESCORE', 'BACKFILL', 'MONITORING'));
