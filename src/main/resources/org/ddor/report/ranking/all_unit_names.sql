-- Every unit's name as a ranking shows it (unit_name, derived at import: store/derived/unit_day.sql),
-- in the columns of unit_names.sql and then the unit kind.
select unit, name, kind, state, aor, detail, unit_kind
from unit_name;
