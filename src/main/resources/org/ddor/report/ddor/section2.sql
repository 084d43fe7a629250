-- Section II: declines placed in the period, regardless of issued date, by the jurisdiction
-- that declined (the custodian at the time of the outcome). The age of a detainer at decline is
-- unknown (null) when the declined date is: a decline placed by its issued date is not 0 days old.
-- $1 first day, $2 last day.
select a.jurisdiction_fips, j.name, j.state, j.aor,
       a.id, d.citizenship, a.issued, a.recorded_declined, a.outcome_date, a.placed_declined, a.declined_rule,
       case when a.declined_rule_code <> 'issued-date' then datediff('day', a.issued, a.placed_declined) end as age_days,
       a.charge_category, d.msc_charge, d.criminality
from ddor_attributed_period a
join detainer d on d.id = a.id
join jurisdiction j on j.fips = a.jurisdiction_fips
where a.placed_declined between $1 and $2 and a.jurisdiction_fips is not null
order by j.state, j.name, a.placed_declined, a.issued, a.id;
