-- Issue 14, the regional roll-up in SQL: what each stored row reads as for the roll-up (Rollup's readings), kept by the
-- database on every write instead of computed per row and query: a completion % (or 达成 = 100), a measured value or
-- bound in its unit symbol ('' for a bare number), an event that did not occur, or nothing. The index gives each
-- reading and unit symbol of a name its values in order, so the lowest units of a lost row are the first few entries
-- (a unit's first row of a name only: repeats_name, V46), not a sort of every unit's row.
alter table indicator
  add column roll_reading text generated always as (case
      when completion_percent is not null or grade = 'MET' then 'PERCENT'
      when grade is null and actual_reading in ('MEASURED', 'BOUND') and actual_amount is not null then 'AMOUNT'
      when grade is null and actual_reading = 'NOT_OCCURRED' then 'NOT_OCCURRED'
      else 'NOTHING' end) stored,
  add column roll_unit text generated always as (case
      when completion_percent is null and grade is null and actual_reading in ('MEASURED', 'BOUND')
        and actual_amount is not null then coalesce(actual_unit, '')
      else '' end) stored,
  add column roll_value numeric generated always as (case
      when completion_percent is not null then completion_percent
      when grade = 'MET' then 100
      else actual_amount end) stored;
drop index indicator_name_key_idx;
create index indicator_lowest_idx on indicator (name_key, roll_reading, roll_unit, roll_value, scorecard_id)
  where not repeats_name;
