-- The records behind a figure, one row per detainer, for 'ddor report rows' (docs/reports.md,
-- "Tracing a figure"). Each figure's query (the other files of this folder) selects from this view
-- with the same conditions the figure's own query counts with, so that the rows listed are as
-- many as the figure says. Needs ddor_attributed (attribution.sql).
create or replace temp view ddor_figure_row as
select
    a.*,
    a.id as detainer_id,
    r.name as release,
    case when o.detainer_id is not null then
        concat_ws(', ', o.release_name, 'sheet ' || o.sheet, 'row ' || o.source_row) end as origin,
    a.recorded_declined as declined_date,
    rf.raw_name as facility,
    a.issued_jurisdiction_fips as issued_to_fips,
    ij.name || coalesce(', ' || case when ij.kind <> 'STATE' then ij.state end, '') as issued_to,
    case when a.transferred then cf.raw_name end as custodian_facility,
    cj.name || coalesce(', ' || case when cj.kind <> 'STATE' then cj.state end, '') as jurisdiction,
    ir.words as issued_exclusion,
    a.exclusion as decline_exclusion
from ddor_attributed a
join source_release r on r.id = a.release_id
join facility rf on rf.id = a.receiving_facility_id
join facility cf on cf.id = a.custodian_facility_id
left join (select detainer_id, min(release_name) as release_name, min(sheet) as sheet, min(source_row) as source_row
           from detainer_origin group by detainer_id) o on o.detainer_id = a.id
left join jurisdiction ij on ij.fips = a.issued_jurisdiction_fips
left join jurisdiction cj on cj.fips = a.jurisdiction_fips
left join ddor_exclusion_reason ir on ir.code = a.issued_exclusion_code;
