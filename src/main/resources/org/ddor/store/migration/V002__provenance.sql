-- Schema version 2: what a store holds (generated or real), manual facility decisions,
-- rejected rows, disputes and published report versions.

create table store_meta (
    key   varchar primary key,
    value varchar not null
);

create table facility_mapping (
    raw_name          varchar not null,
    state             varchar not null,
    jurisdiction_fips varchar,
    operator          varchar not null,
    decided_by        varchar not null,
    decided_at        timestamp not null,
    reason            varchar not null,
    primary key (raw_name, state)
);

create table import_reject (
    release_name varchar not null,
    file_name    varchar not null,
    sheet        varchar,
    source_row   bigint not null,
    column_name  varchar,
    reason       varchar not null,
    raw_value    varchar,
    rejected_at  timestamp not null
);

create sequence dispute_id start 1;
create table dispute (
    id         bigint primary key,
    target     varchar not null,
    claim      varchar not null,
    evidence   varchar,
    status     varchar not null,
    resolution varchar,
    filed_by   varchar not null,
    filed_at   timestamp not null
);

create sequence published_report_id start 1;
create table published_report (
    id           bigint primary key,
    kind         varchar not null,
    period       varchar not null,
    version      integer not null,
    generated_at timestamp not null,
    inputs       varchar not null,
    parameters   varchar not null,
    content_hash varchar not null,
    supersedes   integer,
    change_note  varchar,
    content      blob not null,
    unique (kind, period, version)
);
