package org.ddor.ingest.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddor.domain.Jurisdiction;
import org.ddor.ingest.reference.Gazetteer;

/**
 * State names and USPS codes from the gazetteer, looked up by their words, so that resolving a facility
 * compiles no pattern: "PENNSYLVANIA", "Pennsylvania", "PA" and "PA." all give "PA". Immutable and
 * thread-safe.
 */
final class StateNames {

    /** Other spellings ICE uses, as the gazetteer accepts them. */
    private static final List<String> ALIASES = List.of("WASHINGTON DC", "VIRGIN ISLANDS", "US VIRGIN ISLANDS",
            "NORTHERN MARIANA ISLANDS");

    /** Short state names in the Government Printing Office style, as ICE writes them ("MINN.C.F."). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ALA", "AL"), Map.entry("ARIZ", "AZ"), Map.entry("ARK", "AR"), Map.entry("CALIF", "CA"),
            Map.entry("CAL", "CA"), Map.entry("COLO", "CO"), Map.entry("CONN", "CT"), Map.entry("DEL", "DE"),
            Map.entry("FLA", "FL"), Map.entry("ILL", "IL"), Map.entry("IND", "IN"), Map.entry("KAN", "KS"),
            Map.entry("KANS", "KS"), Map.entry("MASS", "MA"), Map.entry("MICH", "MI"), Map.entry("MINN", "MN"),
            Map.entry("MISS", "MS"), Map.entry("MONT", "MT"), Map.entry("NEB", "NE"), Map.entry("NEBR", "NE"),
            Map.entry("NEV", "NV"), Map.entry("OKLA", "OK"), Map.entry("ORE", "OR"), Map.entry("OREG", "OR"),
            Map.entry("PENN", "PA"), Map.entry("PENNA", "PA"), Map.entry("TENN", "TN"), Map.entry("TEX", "TX"),
            Map.entry("WASH", "WA"), Map.entry("WIS", "WI"), Map.entry("WISC", "WI"), Map.entry("WYO", "WY"));

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> withAbbreviations;

    StateNames(Gazetteer gazetteer) {
        for (Jurisdiction s : gazetteer.states()) {
            byKey.put(String.join("", FacilityName.words(s.name())), s.state());
            byKey.put(s.state(), s.state());
        }
        ALIASES.forEach(a -> gazetteer.stateCodeForName(a).ifPresent(code -> byKey.put(a.replace(" ", ""), code)));
        Map<String, String> all = new HashMap<>(ABBREVIATIONS);
        all.putAll(byKey);
        withAbbreviations = Map.copyOf(all);
    }

    /** The USPS code of a state given by name or code in any case and punctuation, or null. */
    String code(String nameOrCode) {
        return nameOrCode == null ? null : byKey.get(String.join("", FacilityName.words(nameOrCode)));
    }

    /** The USPS code of a state named by these words joined ("NEWYORK", "PA"), or null. */
    String codeOfKey(String key) {
        return byKey.get(key);
    }

    /** As {@link #codeOfKey}, also accepting the short names ICE writes before "C.F." ("MINN", "WIS"). */
    String codeOrAbbreviationOfKey(String key) {
        return withAbbreviations.get(key);
    }
}
