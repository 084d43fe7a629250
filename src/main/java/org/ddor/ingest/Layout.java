package org.ddor.ingest;

import java.util.List;
import java.util.Set;
import org.ddor.domain.SourceKind;

/**
 * Tells a header row's layout. A detainer layout is recognised by the fields only it has;
 * the decision and its reason are shown to the user ("layout ero-lesa: header has
 * detainer_prepare_date, facility_aor, unique_identifier").
 */
public final class Layout {

    /** Fields that only the ERO-LESA layout (2023–) has. */
    private static final Set<String> ERO_LESA_MARKERS = Set.of(
            "detainerpreparedate", "facilityaor", "detentionfacilitycode", "uniqueidentifier",
            "citizenshipcountry", "detainerpreparedcriminality");
    /** The 2007–2015 extract's columns, in NPR's and ICE's spellings. */
    private static final Set<String> FOIA_MARKERS = Set.of(
            "detfacility", "detainerdetentionfacility", "preparedate", "date", "liftreason", "detainerliftreason");
    private static final Set<String> POLICY_MARKERS = Set.of(
            "criteriaforhonoringdetainer", "dateenacted", "jurisdictionaor");
    static final String CANONICAL_MARKER = "ddorcanonicalversion";

    private Layout() {
    }

    /** The layout a header row belongs to, with the evidence, or empty when it is none of them. */
    public static java.util.Optional<Detected> detect(List<String> header) {
        List<String> normalised = header.stream().map(DetainerField::normalise).toList();
        if (normalised.contains(CANONICAL_MARKER)) {
            return java.util.Optional.of(new Detected(SourceKind.CANONICAL, List.of("ddor_canonical_version")));
        }
        List<String> policy = present(header, normalised, POLICY_MARKERS);
        if (policy.size() >= 2) {
            return java.util.Optional.of(new Detected(SourceKind.POLICY, policy));
        }
        List<String> ero = present(header, normalised, ERO_LESA_MARKERS);
        if (ero.size() >= 2) {
            return java.util.Optional.of(new Detected(SourceKind.ERO_LESA, ero));
        }
        List<String> foia = present(header, normalised, FOIA_MARKERS);
        if (foia.size() >= 2) {
            return java.util.Optional.of(new Detected(SourceKind.FOIA_2015, foia));
        }
        return java.util.Optional.empty();
    }

    private static List<String> present(List<String> header, List<String> normalised, Set<String> markers) {
        return java.util.stream.IntStream.range(0, header.size())
                .filter(i -> markers.contains(normalised.get(i)))
                .mapToObj(header::get).toList();
    }

    /** A detected layout and the header cells that decided it. */
    public record Detected(SourceKind kind, List<String> evidence) {

        public String describe() {
            return "layout " + kind.layoutName() + " (header has " + String.join(", ", evidence) + ")";
        }
    }
}
