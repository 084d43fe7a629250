-- The names and places of ranked units, as a ranking shows them (unit_name, derived at import:
-- store/derived/unit_day.sql): key, name, kind, state, AOR and, for a facility, a detail saying
-- where it is and whom it counts for. $1 the unit kind (FACILITY, JURISDICTION, STATE or AOR), $2
-- the units' keys as units.sql gives them, joined by commas. Separate from the figures because most
-- units of a ranking are never shown: naming a week's eight hundred jurisdictions cost more than
-- summing their figures.
select unit, name, kind, state, aor, detail
from unit_name
where unit_kind = $1 and list_contains(string_split($2, ','), unit);
