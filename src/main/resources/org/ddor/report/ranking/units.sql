-- Every unit's figures, for a ranking: its key and four counts (unit_names.sql names the units
-- shown). $1 first day, $2 last day (all the data: wide bounds), $3 the unit: FACILITY,
-- JURISDICTION, STATE or AOR. The row whose unit is null holds the records that
-- count for no unit (facility not attributable to a jurisdiction). As in docs/reports.md, a
-- detainer is *issued to* the unit of its receiving facility, and its outcome is the act of the
-- unit of its custodian at the outcome (the facility it was transferred to, if any):
--  issued             detainers issued to the unit in the period
--  declined           declines the unit made, placed in the period (recorded-as-declined date, else
--                     outcome date, else issued date), whenever the detainer was issued
--  declined_of_issued detainers issued to the unit in the period that the unit itself declined (the
--                     decline rate's numerator; a detainer transferred and declined elsewhere is not)
--  booked             detainers issued to the unit in the period booked into ICE custody
-- Duplicates are counted once (as the record they repeat); misdirected detainers count for no unit.
--
-- The figures are sums over the period's days of the store's unit_day table, which every import
-- derives from the detainers (store/derived/unit_day.sql: the transfer rule, the placing date and
-- the jurisdiction rule are those of attribution.sql, and RankingConsistencyTest checks every unit's
-- figures against that view). Reading a week of day rows instead of attributing the detainers makes
-- a one-week ranking on 5 million records a matter of milliseconds (the site's /api/rankings).
select unit, sum(issued)::bigint as issued, sum(declined)::bigint as declined,
       sum(declined_of_issued)::bigint as declined_of_issued, sum(booked)::bigint as booked
from unit_day
where unit_kind = $3 and day between $1::date and $2::date
group by unit;
