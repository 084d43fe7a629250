package org.ddor.ingest.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.JurisdictionKind;
import org.ddor.ingest.reference.Gazetteer;

/**
 * The county-equivalents of the gazetteer indexed by the words of their names, per state, for finding
 * them inside facility names; plus the cities that are county-equivalents. Immutable and thread-safe.
 *
 * <p>A city is a county-equivalent when the Census says so (Virginia's independent cities, Baltimore
 * city, St. Louis city, Carson City; Alaska's municipalities and cities-and-boroughs; the District of
 * Columbia) or when city and county are one government: {@link ConsolidatedCities}.
 */
final class Places {

    /** Longest place name, in words, looked for ("St. John the Baptist"). */
    static final int MAX_WORDS = 5;

    /**
     * One way of naming a county-equivalent.
     *
     * @param jurisdiction the county-equivalent
     * @param city         true when a city government runs it (independent or consolidated city)
     * @param alias        true when the name is the city's, not the county-equivalent's official base name
     *                     ("BROOKLYN" for Kings County)
     * @param note         why a city is this county-equivalent, for evidence; empty otherwise
     */
    record Place(Jurisdiction jurisdiction, boolean city, boolean alias, String note) {
        String fips() {
            return jurisdiction.fips();
        }
    }

    /** A run of words of a facility name that names places: words [from, to). */
    record Span(int from, int to, List<Place> places) {
    }

    private static final Set<JurisdictionKind> CITY_KINDS = Set.of(JurisdictionKind.INDEPENDENT_CITY,
            JurisdictionKind.MUNICIPALITY, JurisdictionKind.CITY_AND_BOROUGH, JurisdictionKind.DISTRICT,
            JurisdictionKind.CONSOLIDATED_CITY_COUNTY);

    private final Map<String, Map<String, List<Place>>> byState = new HashMap<>();
    private final Map<String, List<Place>> national = new HashMap<>();

    Places(Gazetteer gazetteer) {
        Map<String, ConsolidatedCities.Entry> consolidated = new HashMap<>();
        ConsolidatedCities.ENTRIES.forEach(c -> consolidated.putIfAbsent(c.fips(), c));
        for (Jurisdiction j : gazetteer.counties()) {
            ConsolidatedCities.Entry c = consolidated.get(j.fips());
            // Puerto Rico's municipios are county-equivalents, but its jails are the Commonwealth's.
            boolean city = CITY_KINDS.contains(j.kind()) && !j.state().equals("PR") || c != null;
            String note = c != null ? c.note() : city ? j.name() + " is a county-equivalent (Census)" : "";
            List<String> base = FacilityName.words(Gazetteer.baseName(j));
            add(j.state(), FacilityName.placeKey(base, 0, base.size()), new Place(j, city, false, note));
            if (j.kind() == JurisdictionKind.INDEPENDENT_CITY) {
                add(j.state(), FacilityName.placeKey(base, 0, base.size()) + "CITY", new Place(j, true, false, note));
            }
        }
        for (ConsolidatedCities.Entry c : ConsolidatedCities.ENTRIES) {
            Jurisdiction j = gazetteer.byFips(c.fips()).orElseThrow(
                    () -> new IllegalStateException("consolidated city " + c.city() + ": no FIPS " + c.fips()));
            List<String> words = FacilityName.words(c.city());
            String key = FacilityName.placeKey(words, 0, words.size());
            if (lookup(j.state(), key).stream().noneMatch(p -> p.fips().equals(j.fips()))) {
                add(j.state(), key, new Place(j, true, true, c.note()));
            }
        }
        byState.replaceAll((s, m) -> {
            m.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(m);
        });
        national.replaceAll((k, v) -> List.copyOf(v));
    }

    private void add(String state, String key, Place place) {
        byState.computeIfAbsent(state, s -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(place);
        if (!place.alias()) {
            national.computeIfAbsent(key, k -> new ArrayList<>()).add(place);
        }
    }

    /** The places of a state (USPS) named by this key; every state's when {@code state} is null. */
    List<Place> lookup(String state, String key) {
        if (state == null) {
            return national.getOrDefault(key, List.of());
        }
        return byState.getOrDefault(state, Map.of()).getOrDefault(key, List.of());
    }

    /** The places named by words [from, to) of a list. */
    List<Place> lookup(String state, List<String> words, int from, int to) {
        return lookup(state, FacilityName.placeKey(words, from, to));
    }

    /** The places a city's own name gives: the city-county itself, or nothing. */
    List<Place> cityPlaces(String state, List<String> words) {
        List<Place> hits = lookup(state, words, 0, words.size()).stream().filter(Place::city).toList();
        if (hits.isEmpty() && words.size() > 1 && words.get(words.size() - 1).equals("CITY")) {
            hits = lookup(state, words, 0, words.size() - 1).stream().filter(Place::city).toList();
        }
        return hits;
    }

    /**
     * Every place named in words [from, to), left to right, longest name first at each position, in one
     * state (or, when {@code state} is null, in any).
     */
    List<Span> spans(String state, List<String> words, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            Span found = null;
            for (int n = Math.min(MAX_WORDS, to - i); n >= 1 && found == null; n--) {
                List<Place> places = lookup(state, words, i, i + n);
                if (!places.isEmpty()) {
                    found = new Span(i, i + n, places);
                }
            }
            if (found != null) {
                spans.add(found);
                i = found.to();
            } else {
                i++;
            }
        }
        return spans;
    }

    /**
     * The one county (not a city) of a state whose name is one letter away from {@code key} (a missed,
     * extra, changed or swapped letter: "LACKAWANA" for Lackawanna), when no other county of the state is
     * within two letters. Only for keys of six letters or more. Null otherwise.
     */
    Place nearMiss(String state, String key) {
        if (state == null || key.length() < 6) {
            return null;
        }
        Place one = null;
        int near = 0;
        for (Map.Entry<String, List<Place>> e : byState.getOrDefault(state, Map.of()).entrySet()) {
            int d = Spelling.distance(key, e.getKey(), 2);
            for (Place p : e.getValue()) {
                if (!p.alias() && p.jurisdiction().kind() != JurisdictionKind.INDEPENDENT_CITY) {
                    if (d == 1) {
                        one = p;
                    }
                    if (d <= 2) {
                        near++;
                    }
                }
            }
        }
        return near == 1 ? one : null;
    }

    /** The distinct jurisdictions of some places, in order. */
    static List<Jurisdiction> jurisdictions(List<Place> places) {
        Set<Jurisdiction> js = new LinkedHashSet<>();
        places.forEach(p -> js.add(p.jurisdiction()));
        return List.copyOf(js);
    }
}
