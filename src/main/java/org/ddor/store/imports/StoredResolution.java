package org.ddor.store.imports;

import org.ddor.domain.Operator;
import org.ddor.domain.Resolution;
import org.ddor.ingest.resolve.FacilityResolution;

/** A facility's resolution as the store keeps it: by rule, or by a person's decision (MANUAL). */
record StoredResolution(Operator operator, String jurisdictionFips, Resolution resolution, String evidence) {

    static StoredResolution of(FacilityResolution resolution) {
        return new StoredResolution(resolution.operator(), resolution.jurisdictionFips(), resolution.resolution(),
                resolution.evidence());
    }
}
