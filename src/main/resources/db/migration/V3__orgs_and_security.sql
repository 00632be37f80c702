-- Org tree (机构 / 区划): 国家 → 省 → 市 → 县, with units (departments, bureaus) attached to a region.
-- path is the materialised path of ids ('/1/4/9/'), so "本级及以下" is one indexed prefix match.
create table org (
    id         bigserial primary key,
    parent_id  bigint references org (id),
    name       text not null,
    code       text,                                   -- 行政区划代码 where known, or the unit's own code
    level      text not null,
    path       text not null default '',
    created_at timestamptz not null default now(),
    constraint org_level_ck check (level in ('COUNTRY', 'PROVINCE', 'CITY', 'COUNTY', 'UNIT')),
    constraint org_root_ck check ((parent_id is null) = (level = 'COUNTRY'))
);
create unique index org_sibling_name_uq on org (coalesce(parent_id, 0), name);
create unique index org_code_uq on org (code) where code is not null;
create index org_path_idx on org (path text_pattern_ops);
create index org_name_idx on org (name);

insert into org (name, code, level) values ('中华人民共和国', '100000', 'COUNTRY');
update org set path = '/' || id || '/' where parent_id is null;

-- Every scorecard belongs to an org; scope checks go by this column, not by who created the row.
alter table scorecard add column org_id bigint references org (id);
update scorecard set org_id = (select id from org where parent_id is null);
alter table scorecard alter column org_id set not null;
create index scorecard_org_idx on scorecard (org_id);
-- the reviewer's comment when a scorecard is returned (退回意见)
alter table scorecard add column review_comment text;

-- Accounts: one role, one org; the role's permissions reach the org and its descendants.
create table app_user (
    id              bigserial primary key,
    username        text        not null unique,
    password_hash   text        not null,
    display_name    text,
    role            text        not null,
    org_id          bigint      not null references org (id),
    enabled         boolean     not null default true,
    failed_attempts integer     not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    constraint app_user_role_ck check (role in ('FILLER', 'REVIEWER', 'FINANCE', 'ADMIN'))
);

-- Target adjustments (指标调整): an approved target changes only through a reviewed request; both texts stay.
create table target_adjustment (
    id             bigserial primary key,
    scorecard_id   bigint      not null references scorecard (id) on delete cascade,
    position       integer     not null,
    indicator_name text        not null,
    initial_target text,
    new_target     text        not null,
    reason         text        not null,
    status         text        not null default 'PENDING',
    requested_by   text        not null,
    requested_at   timestamptz not null default now(),
    decided_by     text,
    decided_at     timestamptz,
    constraint target_adjustment_status_ck check (status in ('PENDING', 'APPROVED', 'REJECTED'))
);
create index target_adjustment_scorecard_idx on target_adjustment (scorecard_id);

-- Audit trail (操作日志): append only, each entry chained to the one before by SHA-256.
-- scorecard_id has no foreign key: the trail outlives a deleted scorecard.
create table audit_event (
    id           bigint primary key,
    at           timestamptz not null,
    actor        text        not null,
    address      text,
    scorecard_id bigint,
    action       text        not null,
    field        text,
    old_value    text,
    new_value    text,
    prev_hash    text        not null,
    hash         text        not null
);
create sequence audit_event_seq;
create index audit_event_scorecard_idx on audit_event (scorecard_id, id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only / 操作日志不可修改';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc 4.1): sessions shared by all instances.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- an import batch is seen only by whoever previewed it (and administrators)
alter table import_batch add column created_by text;
