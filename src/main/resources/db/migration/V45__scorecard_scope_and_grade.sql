-- Two copies kept by the database on the scorecard row, so that the list and its grade filter (issue 11: ≤ 100 ms
-- over the national demo's 3,261 scorecards) read one table instead of joining scorecard × org × evaluation for
-- every matching row (EXPLAIN: 23,000 buffers and a nested loop over all 6,523 orgs once the prepared statement's
-- generic plan guessed `path like $1` to match 0.5 % of them).
--
-- org_path: the path of the scorecard's org ('/1/4/9/'), so 本级及以下 is `s.org_path like :scope` on the row itself.
-- Set on every insert (and on a change of org_id) from the org; an org's path is written once when it is created, and
-- should it ever change, the second trigger carries the change to its scorecards.
alter table scorecard add column org_path text;
update scorecard s set org_path = o.path from org o where o.id = s.org_id;
alter table scorecard alter column org_path set not null;

create function scorecard_org_path() returns trigger language plpgsql as $$
begin
    -- (the row as given when its org is not there yet: a restore loads tables in foreign-key order, org first)
    new.org_path := coalesce((select o.path from org o where o.id = new.org_id), new.org_path);
    return new;
end $$;
create trigger scorecard_org_path before insert or update of org_id, org_path on scorecard
    for each row execute function scorecard_org_path();

create function org_path_to_scorecards() returns trigger language plpgsql as $$
begin
    update scorecard set org_path = new.path where org_id = new.id;
    return null;
end $$;
create trigger org_path_to_scorecards after update of path on org
    for each row when (old.path is distinct from new.path) execute function org_path_to_scorecards();

-- current_grade: the grade of the scorecard's current stored evaluation (null: none, or a target table without
-- actuals), recomputed from the evaluation table whenever a row there is written, un-currented or removed — whoever
-- writes it (a save, a submission, a monitoring round, a re-score). The stored evaluation stays the record; this is
-- its index on the scorecard row.
alter table scorecard add column current_grade text;
update scorecard s set current_grade = e.grade from evaluation e where e.scorecard_id = s.id and e.current;

create function scorecard_current_grade() returns trigger language plpgsql as $$
declare
    sid bigint := case when tg_op = 'DELETE' then old.scorecard_id else new.scorecard_id end;
    g text := (select e.grade from evaluation e where e.scorecard_id = sid and e.current);
begin
    update scorecard set current_grade = g where id = sid and current_grade is distinct from g;
    return null;
end $$;
create trigger evaluation_current_grade after insert or delete or update of current, grade, scorecard_id on evaluation
    for each row execute function scorecard_current_grade();

create index scorecard_grade_scope_idx on scorecard (current_grade, org_path text_pattern_ops) include (year);
create index scorecard_scope_idx on scorecard (org_path text_pattern_ops);
