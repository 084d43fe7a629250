-- crimes/SCOPE/CATEGORY/FIGURE and crimes/SCOPE/FIGURE: the records behind a figure of the charge
-- category table, counted as categories.sql counts them. $1 first day, $2 last day, $3 a
-- jurisdiction's FIPS code or null for the nation, $4 the category as its key names it (the
-- category in lower case, each run of other characters a '-') or null for every category, $5 the
-- figure: declined or issued.
with selected as (
    select r.*,
           ddor_charge_row_category(charge_category, msc_charge, criminality) as category
    from ddor_figure_row r
    where coalesce(exclusion_code, '') <> 'duplicate'
)
select * from selected
where ($4::varchar is null or trim(regexp_replace(lower(category), '[^a-z0-9]+', '-', 'g'), '-') = $4::varchar)
  and case $5
          when 'declined' then placed_declined between $1 and $2 and coalesce(exclusion_code, '') <> 'misdirected'
                               and ($3::varchar is null or jurisdiction_fips = $3::varchar)
          when 'issued' then issued between $1 and $2 and ($3::varchar is null or issued_jurisdiction_fips = $3::varchar)
      end
order by issued, id;
