-- DDOR store, schema version 1: reference data, releases, facilities, detainers, policies.
-- Detainer and custody tables carry no primary-key index: bulk imports of millions of rows
-- would pay for it on every row, and identity is enforced by the importer in set-based SQL.

create table jurisdiction (
    fips      varchar primary key,
    kind      varchar not null,
    name      varchar not null,
    state     varchar not null,
    aor       varchar
);

create sequence source_release_id start 1;
create table source_release (
    id            bigint primary key,
    name          varchar not null,
    kind          varchar not null,
    sha256        varchar not null unique,
    file_name     varchar,
    imported_at   timestamp not null,
    rows_read     bigint not null,
    rows_imported bigint not null,
    rows_rejected bigint not null,
    generated     boolean not null,
    notes         varchar
);

create sequence facility_id start 1;
create table facility (
    id                bigint primary key,
    facility_key      varchar not null unique,
    ice_code          varchar,
    raw_name          varchar not null,
    city              varchar,
    state             varchar,
    operator          varchar not null,
    jurisdiction_fips varchar,
    resolution        varchar not null,
    evidence          varchar
);

create table detainer (
    id                  bigint not null,
    release_id          bigint not null,
    sheet               varchar,
    source_row          bigint not null,
    record_key          varchar,
    subject_key         varchar,
    raw_type            varchar,
    type                varchar not null,
    raw_issued          varchar,
    issued              date not null,
    facility_id         bigint not null,
    issuing_aor         varchar,
    citizenship         varchar,
    gender              varchar,
    birth_year          integer,
    criminality         varchar,
    msc_charge          varchar,
    msc_charge_code     varchar,
    charge_category     varchar,
    convicted           boolean,
    msc_charge_date     date,
    msc_conviction_date date,
    raw_lift_reason     varchar,
    outcome             varchar not null,
    outcome_date        date,
    recorded_declined   date,
    misdirected         boolean not null default false,
    duplicate_likely    boolean,
    duplicate_of        bigint
);

create table custody_event (
    detainer_id bigint not null,
    kind        varchar not null,
    event_date  date not null,
    facility_id bigint not null,
    source      varchar
);

create table policy (
    id                bigint primary key,
    jurisdiction_fips varchar not null,
    enacted           date,
    enacted_raw       varchar,
    instrument        varchar,
    title             varchar,
    criteria          varchar,
    category          varchar not null,
    source            varchar,
    effective_from    date,
    effective_to      date,
    release_id        bigint,
    source_row        bigint
);
