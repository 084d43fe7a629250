-- A jurisdiction's figures by calendar month: detainers issued to it (receiving facility) and declines
-- it made (custodian at the decline), with the report's rules (attribution.sql). $1 FIPS.
with issued as (
    select date_trunc('month', issued) as month, count(*) as n
    from ddor_attributed where issued_jurisdiction_fips = $1 group by 1
),
declined as (
    select date_trunc('month', placed_declined) as month, count(*) as n
    from ddor_attributed where jurisdiction_fips = $1 and placed_declined is not null group by 1
)
select coalesce(i.month, d.month) as month, coalesce(i.n, 0) as issued, coalesce(d.n, 0) as declined
from issued i
full outer join declined d on d.month = i.month
order by 1;
