-- Outcomes of the detainers issued in the period to the jurisdiction (its receiving facilities),
-- wherever the outcome happened. $1 first day, $2 last day, $3 FIPS code. "Issued to the
-- jurisdiction" as attribution.sql says it (issued_jurisdiction_fips): the receiving facility is
-- attributed (rule or a person's decision) to the jurisdiction and run by a county, a city or a
-- state; duplicates and misdirected detainers count for none. Read from the detainers directly: the
-- custodian does not matter here, and the view would attribute the whole store to find a few rows.
select d.outcome, count(*)
from detainer d
join facility f on f.id = d.facility_id
where f.jurisdiction_fips = $3 and f.resolution in ('RULE', 'MANUAL') and f.operator in ('COUNTY', 'CITY', 'STATE')
  and d.duplicate_of is null and not d.misdirected
  and d.issued between $1 and $2
group by d.outcome;
