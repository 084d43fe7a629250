-- Schema version 3: where a detainer was first read, for records that came into this store
-- through a DDOR canonical file (docs/formats-canonical.md). The detainer's own release, sheet
-- and row name the canonical file; this table keeps the original release name, sheet and row
-- the canonical file carried, so exporting again gives the same provenance (lossless round
-- trip). Detainers read directly from a source have no row here: their release is the origin.

create table detainer_origin (
    detainer_id  bigint not null,
    release_name varchar not null,
    sheet        varchar,
    source_row   bigint
);
