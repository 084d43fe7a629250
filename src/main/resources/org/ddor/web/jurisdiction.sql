-- One jurisdiction. $1 FIPS.
select fips, kind, name, state, aor from jurisdiction where fips = $1;
