-- A pooled connection is handed back without the report's period table (attribution_period.sql): it
-- can hold tens of thousands of rows, and an idle connection should hold no memory for long.
drop table if exists ddor_attributed_period;
