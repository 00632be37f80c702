-- Budget amounts are read in 万元; a table printed in 元 (52,164,318.26元 = 5216.431826万元) needs six places, which
-- numeric(18, 2) rounded away (1,826 元 of an official record). Six places hold any amount in 元 to the fen, read in
-- 万元; the integer digits grow from 16 to 18. Stored values are unchanged (no view or rule depends on these columns; the
-- row triggers do not fire on a rewrite). Readers show at least two places and no other trailing zeros
-- (Scorecards.amount), so an amount written with two places reads back, prints and hashes as before.
alter table scorecard
    alter column budget_initial  type numeric(24, 6),
    alter column budget_planned  type numeric(24, 6),
    alter column budget_executed type numeric(24, 6);
alter table fund_source
    alter column planned  type numeric(24, 6),
    alter column executed type numeric(24, 6);
-- a monitoring round copies the table's 全年预算数 A: kept as exactly as the table keeps it
alter table monitoring_round alter column planned type numeric(24, 6);
