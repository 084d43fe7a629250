-- ranking/UNIT/KEY/FIGURE and ranking/UNIT/none/FIGURE: the records behind one unit's figure of a
-- ranking, counted as units.sql counts them (docs/reports.md, "Rankings"). $1 first day, $2 last
-- day, $3 the unit (FACILITY, JURISDICTION, STATE or AOR), $4 the unit's key or null for the
-- records that count for no unit, $5 the figure: issued, declined, declined-of-issued or booked.
-- Duplicates count once and misdirected detainers for no unit; a detainer is issued to the unit of
-- its receiving facility, and its decline is the act of the unit of its custodian at the outcome.
with placed as (
    select r.*,
           case $3 when 'FACILITY' then r.receiving_facility_id::varchar when 'JURISDICTION' then ij.fips
                   when 'STATE' then ij.state when 'AOR' then ij.aor end as issued_unit,
           case $3 when 'FACILITY' then r.custodian_facility_id::varchar when 'JURISDICTION' then cj.fips
                   when 'STATE' then cj.state when 'AOR' then cj.aor end as custodian_unit
    from ddor_figure_row r
    left join jurisdiction ij on ij.fips = r.issued_jurisdiction_fips
    left join jurisdiction cj on cj.fips = r.jurisdiction_fips
    where coalesce(r.issued_exclusion_code, '') not in ('duplicate', 'misdirected')
)
select * from placed
where case $5
          when 'issued' then issued between $1 and $2 and issued_unit is not distinct from $4
          when 'booked' then issued between $1 and $2 and issued_unit is not distinct from $4
                             and outcome = 'BOOKED_INTO_ICE_CUSTODY'
          when 'declined-of-issued' then issued between $1 and $2 and issued_unit = $4 and custodian_unit = $4
                                         and outcome = 'DECLINED_BY_LEA'
          when 'declined' then placed_declined between $1 and $2 and custodian_unit is not distinct from $4
      end
order by issued, id;
