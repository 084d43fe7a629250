-- The last detainer id of the next export batch: detainers are exported in id order, a batch at a
-- time, so no query result holds the whole store. Parameters: after id, release id or null, batch size.
select max(id) from (
    select id from detainer
    where id > ? and (cast(? as bigint) is null or release_id = ?)
    order by id
    limit ?
);
