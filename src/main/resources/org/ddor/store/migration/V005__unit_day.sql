-- Schema version 5: figures per unit and day, and the names of the units, derived from the store's
-- records at every import (derived/unit_day.sql, run right after this script), so that the site's
-- API answers a ranking, the county map or a jurisdiction's series by reading a few thousand day
-- rows instead of attributing millions of detainers per request.

create table unit_day (
    unit_kind          varchar not null,
    day                date not null,
    unit               varchar,
    issued             integer not null,
    declined           integer not null,
    declined_of_issued integer not null,
    booked             integer not null
);

-- The same figures per unit and U.S. federal fiscal year (FY2025: 2024-10-01 to 2025-09-30), for
-- periods that span whole fiscal years, such as all the data.
create table unit_fiscal_year (
    unit_kind          varchar not null,
    fiscal_year        integer not null,
    unit               varchar,
    issued             integer not null,
    declined           integer not null,
    declined_of_issued integer not null,
    booked             integer not null
);

create table facility_records (
    facility_id bigint primary key,
    records     bigint not null
);

create table unit_name (
    unit_kind varchar not null,
    unit      varchar not null,
    name      varchar,
    kind      varchar,
    state     varchar,
    aor       varchar,
    detail    varchar
);
