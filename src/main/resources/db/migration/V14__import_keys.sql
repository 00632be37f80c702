-- Imports are idempotent under concurrency: one stored scorecard per table of a document (its digest and position)
-- and per form, year, project and unit among imported tables. Imports.confirm takes advisory locks on both keys
-- first, so concurrent confirmations wait and then find the stored table; these keys are the database's guarantee.
create table imported_table (
    digest       text    not null,
    table_index  integer not null,
    scorecard_id bigint  not null references scorecard (id) on delete cascade,
    form         text,
    year         integer,
    project      text,
    unit         text,
    primary key (digest, table_index),
    constraint imported_table_same_uk unique nulls not distinct (form, year, project, unit)
);
create index imported_table_scorecard_idx on imported_table (scorecard_id);

insert into imported_table (digest, table_index, scorecard_id, form, year, project, unit)
select source_digest, (row_number() over (partition by source_digest order by id) - 1)::integer, id, form, year, project, unit
from scorecard where source_digest is not null
on conflict do nothing;
