package org.ddor.domain;

import java.util.Objects;

/**
 * A receiving facility as ICE names it, with who runs it and which jurisdiction that makes it.
 *
 * @param id                 store identifier
 * @param iceCode            ICE's facility code (e.g. "MNCFSTC"), or null where the source has none
 * @param rawName            the name exactly as the source spells it, e.g. "MONTGOMERY CNTY JAIL, PA"
 * @param city               the facility's city as the source gives it, or null
 * @param state              USPS state code, or null when unknown
 * @param operator           who runs it
 * @param jurisdictionFips   the government whose agency runs it (county, city or state); null for federal,
 *                           private and ICE facilities, and always null unless {@code resolution.isAttributed()}
 * @param resolution         how the attribution was reached
 * @param evidence           a sentence a person can check, e.g. "name says CNTY JAIL; state PA; one Montgomery County in PA"
 */
public record Facility(long id, String iceCode, String rawName, String city, String state,
                       Operator operator, String jurisdictionFips, Resolution resolution, String evidence) {

    public Facility {
        Objects.requireNonNull(rawName, "rawName");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(resolution, "resolution");
        if (jurisdictionFips != null && !resolution.isAttributed()) {
            throw new IllegalArgumentException(
                    "facility '" + rawName + "': an ambiguous or unresolved facility has no jurisdiction");
        }
        if (resolution.isAttributed() && operator.isLocal() && jurisdictionFips == null) {
            throw new IllegalArgumentException("facility '" + rawName + "': a county or city facility needs its jurisdiction");
        }
    }
}
