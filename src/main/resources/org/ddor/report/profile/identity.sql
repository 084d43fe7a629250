-- The jurisdiction itself, with its state's name. $1 FIPS code.
select j.fips, j.name, j.kind, j.state, s.name, j.aor
from jurisdiction j
left join jurisdiction s on s.kind = 'STATE' and s.state = j.state
where j.fips = $1;
