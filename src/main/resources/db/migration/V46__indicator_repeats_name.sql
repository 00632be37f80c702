-- Issue 14, the regional roll-up in SQL: a unit counts its first row of a name only (Rollup's first match). Instead of
-- ranking every unit's rows per query (a sort of 65,220 rows in a national roll-up), the store marks the rows whose name
-- key an earlier row of the same scorecard already has (Scorecards.markRepeatedNames, on every write of the rows), and
-- the roll-up skips them. The index lets the lowest units of a few regional rows be read without the other rows; with
-- the scorecard id in it, a plan that visits the units one by one (no statistics yet after a bulk load) probes a few
-- entries per unit instead of every unit's rows of those names.
alter table indicator add column repeats_name boolean not null default false;
update indicator i set repeats_name = true
where exists (select from indicator j where j.scorecard_id = i.scorecard_id and j.name_key = i.name_key and j.position < i.position);
create index indicator_name_key_idx on indicator (name_key, scorecard_id);
