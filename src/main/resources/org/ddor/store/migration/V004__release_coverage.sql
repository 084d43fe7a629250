-- Schema version 4: what each release covers, recorded when it is imported, so reports need not
-- scan every detainer to say which issued dates a release spans.

create table release_coverage (
    release_id         bigint primary key,
    first_issued       date,
    last_issued        date,
    records            bigint not null,
    has_declined_dates boolean not null
);

insert into release_coverage
select r.id, min(d.issued), max(d.issued), count(d.id), count(d.recorded_declined) > 0
from source_release r
left join detainer d on d.release_id = r.id
group by r.id;
