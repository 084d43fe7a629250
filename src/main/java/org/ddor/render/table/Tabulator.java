package org.ddor.render.table;

/**
 * Lays a report model out as tables. One per report; stateless and thread-safe.
 *
 * @param <M> the report model
 */
@FunctionalInterface
public interface Tabulator<M> {

    Tabulated tabulate(M model);
}
