-- Issue 11: what the template shows for a row's target (「≥90%」 from the indicator library or the unit's table of the
-- year before, or 「≥」 alone), as written; null for none. The target is read against it (an OCR 2 before the number
-- is ≥ only when the template shows ≥), so it is kept with the row to read the same when loaded again.
alter table indicator add column target_template text;
