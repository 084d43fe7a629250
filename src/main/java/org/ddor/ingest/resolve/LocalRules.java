package org.ddor.ingest.resolve;

import static org.ddor.ingest.resolve.Context.describe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.JurisdictionKind;
import org.ddor.domain.Operator;
import org.ddor.domain.Resolution;
import org.ddor.ingest.resolve.Places.Place;
import org.ddor.ingest.resolve.Places.Span;

/**
 * The rules for facilities run by a county or a city (docs/resolution.md, rules 3, 4, 5 and 7): find the county
 * or city the name gives, and attribute the facility only when exactly one county-equivalent fits.
 * Immutable and thread-safe.
 */
final class LocalRules {

    private static final Set<String> COUNTY_WORDS = Set.of("COUNTY", "PARISH");
    /** County words only after a county's name: sheriffs, and houses of correction (county-run in MA, NH, WI). */
    private static final Set<String> SOFT_COUNTY_WORDS = Set.of("SHERIFF", "SO", "HOC", "HOUSE");
    private static final Set<String> CITY_WORDS = Set.of("CITY", "POLICE", "PD", "PRECINCT", "MUNICIPAL", "MUNI");
    private static final Pattern POLICE_ACRONYM = Pattern.compile("[A-Z]{1,4}PD");
    /** Police forces that are not a city's: words, and pairs of words ("PORT AUTHORITY"). */
    private static final Set<String> SPECIAL_POLICE = Set.of("UNIVERSITY", "CAMPUS", "TRANSIT", "HOUSING", "AIRPORT",
            "SCHOOL", "RAILROAD", "AMTRAK", "HOSPITAL", "PORT AUTHORITY", "CAPITOL POLICE");
    /** County names that are also facility words ("JUVENILE HALL", "BOOT CAMP"): never a second county. */
    private static final Set<String> FACILITY_WORDS_NAMING_COUNTIES = Set.of("HALL", "CAMP", "BAY", "ISLAND", "PARK",
            "LAKE", "ROCK");
    /** Words that make a name a place of confinement, for names without an operator word. */
    static final Set<String> FACILITY_WORDS = Set.of("JAIL", "DET", "CORR", "PRISON", "LOCKUP", "BOOKING",
            "HOLDING", "JUSTICE", "HOC", "ADC", "JUVENILE", "STOCKADE", "WORKHOUSE", "CC", "CF", "DOC");
    /** Words before a city word that are not part of the city's name ("1ST", "DIST", "DEPT"). */
    private static final Set<String> NOT_CITY_NAME = Set.of("DIST", "PRECINCT", "DEPT", "CTR", "HQ",
            "HEADQUARTERS", "CENTRAL", "THE", "OF", "POLICE", "PD", "JAIL", "DET", "STATION", "MUNICIPAL", "MUNI",
            "NO", "NUMBER", "CORR", "FAC", "HOLDING", "LOCKUP", "BOOKING", "METRO", "METROPOLITAN");

    /** Positions of local words in the name proper, other than words an operator phrase used. */
    record Markers(List<Integer> county, List<Integer> softCounty, List<Integer> city) {

        boolean any() {
            return !county.isEmpty() || !city.isEmpty();
        }
    }

    private final Places places;

    LocalRules(Places places) {
        this.places = places;
    }

    static Markers markers(FacilityName name, boolean[] used) {
        List<Integer> county = new ArrayList<>();
        List<Integer> soft = new ArrayList<>();
        List<Integer> city = new ArrayList<>();
        for (int i = 0; i < name.nameWords(); i++) {
            String w = name.canonical(i);
            if (used[i]) {
                continue;
            }
            if (COUNTY_WORDS.contains(w)) {
                county.add(i);
            } else if (SOFT_COUNTY_WORDS.contains(w) && (!w.equals("HOUSE") || isHouseOfCorrection(name, i))) {
                soft.add(i);
            } else if (w.equals("CITY") ? isCityWord(name, i)
                    : CITY_WORDS.contains(w) || POLICE_ACRONYM.matcher(w).matches()) {
                city.add(i);
            }
        }
        return new Markers(List.copyOf(county), List.copyOf(soft), List.copyOf(city));
    }

    /**
     * "CITY" is a city word when an agency or facility word follows ("RICHMOND CITY JAIL", "CITY OF ...");
     * at the end of a name it is part of a city's name ("FTC OKLAHOMA CITY").
     */
    private static boolean isCityWord(FacilityName name, int i) {
        String next = name.canonical(i + 1);
        return next.equals("OF") || next.equals("DEPT") || next.equals("SHERIFF") || FACILITY_WORDS.contains(next)
                || CITY_WORDS.contains(next) || POLICE_ACRONYM.matcher(next).matches();
    }

    private static boolean isHouseOfCorrection(FacilityName name, int i) {
        return name.canonical(i + 1).equals("OF") && name.canonical(i + 2).equals("CORR");
    }

    // ---- rules 3 and 4: county words ----------------------------------------------------------------

    /** A county word after (or "COUNTY OF" before) a county's name; null when only sheriff-like words match nothing. */
    FacilityResolution county(Context c, Markers m) {
        List<Integer> markers = new ArrayList<>(m.county());
        markers.addAll(m.softCounty());
        markers.sort(null);
        for (int i : markers) {
            Span match = countyBefore(c, i);
            if (match == null) {
                match = countyAfterOf(c, i);
            }
            if (match != null) {
                return countyMatched(c, m, i, match);
            }
        }
        return m.county().isEmpty() ? null : countyUnmatched(c, m.county().get(0));
    }

    private Span countyBefore(Context c, int marker) {
        for (int n = Math.min(Places.MAX_WORDS, marker); n >= 1; n--) {
            List<Place> hits = counties(places.lookup(c.state(), c.name().words(), marker - n, marker));
            if (!hits.isEmpty()) {
                return new Span(marker - n, marker, hits);
            }
        }
        return null;
    }

    private Span countyAfterOf(Context c, int marker) {
        if (!c.name().canonical(marker + 1).equals("OF")) {
            return null;
        }
        int from = marker + 2;
        for (int n = Math.min(Places.MAX_WORDS, c.name().nameWords() - from); n >= 1; n--) {
            List<Place> hits = counties(places.lookup(c.state(), c.name().words(), from, from + n));
            if (!hits.isEmpty()) {
                return new Span(from, from + n, hits);
            }
        }
        return null;
    }

    /** County-equivalents by their own names: no city-only aliases, no independent cities. */
    private static List<Place> counties(List<Place> places) {
        return places.stream()
                .filter(p -> !p.alias() && p.jurisdiction().kind() != JurisdictionKind.INDEPENDENT_CITY).toList();
    }

    private FacilityResolution countyMatched(Context c, Markers m, int marker, Span match) {
        List<Jurisdiction> js = Places.jurisdictions(match.places());
        String said = c.quote(marker, marker + 1) + " with " + c.quote(match.from(), match.to()) + " names a county";
        if (c.state() == null || js.size() > 1) {
            return countyWithoutState(c, said, js);
        }
        Jurisdiction county = js.get(0);
        List<Jurisdiction> others = otherPlaces(c, match, county);
        if (!others.isEmpty()) {
            List<Jurisdiction> all = new ArrayList<>(js);
            all.addAll(others);
            return FacilityResolution.open(Operator.COUNTY, Resolution.AMBIGUOUS, said + " (" + describe(county)
                    + "), but the name also names " + describe(others, 5) + "; " + c.stateEvidence(),
                    all, FacilityRule.COUNTY);
        }
        for (int i : m.city()) {
            if (c.name().canonical(i).equals("CITY") && (i < match.from() || i >= match.to())
                    && !match.places().get(0).city()) {
                return FacilityResolution.open(Operator.UNKNOWN, Resolution.AMBIGUOUS, said + " ("
                        + describe(county) + ") and " + c.quote(i, i + 1) + " a city: the county's or a city's "
                        + "facility; " + c.stateEvidence(), js, FacilityRule.COUNTY);
            }
        }
        int elsewhere = places.lookup(null, c.name().words(), match.from(), match.to()).size() - 1;
        return FacilityResolution.rule(Operator.COUNTY, county.fips(), said + "; " + c.stateEvidence() + "; "
                + describe(county) + " is the only one of that name there"
                + (elsewhere > 0 ? " (the same name elsewhere, " + elsewhere + " more, is not considered)" : ""),
                FacilityRule.COUNTY);
    }

    private static FacilityResolution countyWithoutState(Context c, String said, List<Jurisdiction> js) {
        if (js.size() == 1) {
            return FacilityResolution.open(Operator.COUNTY, Resolution.UNRESOLVED, said + "; " + c.stateEvidence()
                    + ": the only county of that name is " + describe(js.get(0)) + ", which a person can confirm",
                    js, FacilityRule.COUNTY);
        }
        return FacilityResolution.open(Operator.COUNTY, Resolution.AMBIGUOUS, said + "; " + c.stateEvidence()
                + ", and " + js.size() + " counties have that name: " + describe(js, 8), js, FacilityRule.COUNTY);
    }

    /** County-equivalents named elsewhere in the name proper, other than the matched one. */
    private List<Jurisdiction> otherPlaces(Context c, Span match, Jurisdiction county) {
        List<Span> spans = new ArrayList<>(places.spans(c.state(), c.name().words(), 0, match.from()));
        spans.addAll(places.spans(c.state(), c.name().words(), match.to(), c.name().nameWords()));
        Set<Jurisdiction> others = new LinkedHashSet<>();
        spans.stream().filter(s -> s.to() - s.from() > 1
                        || !FACILITY_WORDS_NAMING_COUNTIES.contains(c.name().words().get(s.from())))
                .forEach(s -> others.addAll(Places.jurisdictions(s.places())));
        others.remove(county);
        return List.copyOf(others);
    }

    /**
     * A county word after a name that is no county of the state: a one-letter misspelling of exactly one
     * of its counties when the name is no county anywhere ("LACKAWANA"); otherwise unresolved, listing
     * the counties of that name elsewhere.
     */
    private FacilityResolution countyUnmatched(Context c, int marker) {
        List<String> words = c.name().words();
        String countyWord = c.quote(marker, marker + 1);
        for (int n = Math.min(Places.MAX_WORDS, marker); n >= 1; n--) {
            List<Jurisdiction> elsewhere =
                    Places.jurisdictions(counties(places.lookup(null, words, marker - n, marker)));
            if (!elsewhere.isEmpty()) {
                return FacilityResolution.open(Operator.COUNTY, Resolution.UNRESOLVED, countyWord + " with "
                        + c.quote(marker - n, marker) + " names a county, but " + c.stateEvidence() + " has no county "
                        + "of that name; counties of that name elsewhere: " + describe(elsewhere, 8),
                        elsewhere, FacilityRule.COUNTY);
            }
        }
        for (int n = 1; n <= Math.min(2, marker); n++) {
            Place near = places.nearMiss(c.state(), FacilityName.placeKey(words, marker - n, marker));
            if (near != null) {
                Jurisdiction j = near.jurisdiction();
                return FacilityResolution.rule(Operator.COUNTY, j.fips(), countyWord + " with "
                        + c.quote(marker - n, marker) + " names a county; " + c.stateEvidence()
                        + "; no county anywhere is spelt so, but " + describe(j) + " is one letter away and no "
                        + "other county of the state is within two", FacilityRule.COUNTY);
            }
        }
        String before = marker == 0 ? "no name" : c.quote(Math.max(0, marker - 3), marker);
        return FacilityResolution.open(Operator.COUNTY, Resolution.UNRESOLVED, countyWord + " names a county, but "
                + before + " before it is no county's name; " + c.stateEvidence(), List.of(), FacilityRule.COUNTY);
    }

    // ---- rule 5: city words -------------------------------------------------------------------------

    FacilityResolution city(Context c, Markers m) {
        int marker = m.city().get(0);
        String cityWord = c.quote(marker, marker + 1);
        if (isSpecialPolice(c.name())) {
            return FacilityResolution.open(Operator.UNKNOWN, Resolution.UNRESOLVED, cityWord + " with a special "
                    + "police word (university, transit, housing, port ...): not a city's own facility by rule; "
                    + c.stateEvidence(), List.of(), FacilityRule.CITY);
        }
        List<String> city = cityName(c, marker);
        String from = "name";
        if (city.isEmpty()) {
            city = c.cityWords();
            from = "city column";
        }
        if (city.isEmpty()) {
            return FacilityResolution.open(Operator.CITY, Resolution.UNRESOLVED, cityWord + " makes it a city "
                    + "facility, but neither the name nor the city column names the city", List.of(),
                    FacilityRule.CITY);
        }
        String said = cityWord + " makes it a city facility of " + String.join(" ", city) + " (" + from + ")";
        if (c.state() == null) {
            return FacilityResolution.open(Operator.CITY, Resolution.UNRESOLVED, said + "; " + c.stateEvidence(),
                    List.of(), FacilityRule.CITY);
        }
        return cityIn(c, said, places.cityPlaces(c.state(), city));
    }

    private FacilityResolution cityIn(Context c, String said, List<Place> hits) {
        List<Jurisdiction> js = Places.jurisdictions(hits);
        if (js.size() == 1) {
            return FacilityResolution.rule(Operator.CITY, js.get(0).fips(), said + "; " + c.stateEvidence() + "; "
                    + describe(js.get(0)) + ": " + hits.get(0).note(), FacilityRule.CITY);
        }
        if (js.size() > 1) {
            List<Jurisdiction> column = Places.jurisdictions(places.cityPlaces(c.state(), c.cityWords()));
            if (column.size() == 1 && js.contains(column.get(0))) {
                return FacilityResolution.rule(Operator.CITY, column.get(0).fips(), said + "; " + c.stateEvidence()
                        + "; " + hits.get(0).note() + ", and the city column " + c.evidence().city() + " is "
                        + describe(column.get(0)), FacilityRule.CITY);
            }
            return FacilityResolution.open(Operator.CITY, Resolution.AMBIGUOUS, said + "; " + c.stateEvidence() + "; "
                    + hits.get(0).note() + ": " + describe(js, 8), js, FacilityRule.CITY);
        }
        return FacilityResolution.open(Operator.CITY, Resolution.UNRESOLVED, said + "; " + c.stateEvidence()
                + "; that city is not a county-equivalent, and a city's facility is never its county's: it needs a "
                + "city jurisdiction, which the gazetteer does not have", List.of(), FacilityRule.CITY);
    }

    private static boolean isSpecialPolice(FacilityName name) {
        List<String> words = name.canonical();
        for (int i = 0; i < words.size(); i++) {
            if (SPECIAL_POLICE.contains(words.get(i))
                    || i + 1 < words.size() && SPECIAL_POLICE.contains(words.get(i) + " " + words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The city a name gives before its city word ("KANSAS CITY POLICE"), or after "CITY OF". */
    private static List<String> cityName(Context c, int marker) {
        FacilityName name = c.name();
        List<String> city = new ArrayList<>();
        if (name.canonical(marker).equals("CITY") && name.canonical(marker + 1).equals("OF")) {
            for (int i = marker + 2; i < name.nameWords() && city.size() < Places.MAX_WORDS; i++) {
                if (NOT_CITY_NAME.contains(name.canonical(i)) || FACILITY_WORDS.contains(name.canonical(i))) {
                    break;
                }
                city.add(name.words().get(i));
            }
            return city;
        }
        if (name.words().get(marker).equals("NYPD")) {
            return List.of("NYC");
        }
        for (int i = 0; i < marker; i++) {
            String w = name.words().get(i);
            if (!NOT_CITY_NAME.contains(name.canonical(i)) && w.chars().noneMatch(Character::isDigit)) {
                city.add(w);
            }
        }
        if (!city.isEmpty() && name.canonical(marker).equals("CITY")) {
            city.add("CITY");
        }
        return city;
    }

    // ---- rule 7: a place's name and a jail word -------------------------------------------------------

    FacilityResolution place(Context c) {
        FacilityName name = c.name();
        List<Place> named = new ArrayList<>();
        places.spans(c.state(), name.words(), 0, name.nameWords()).forEach(s -> named.addAll(s.places()));
        List<Jurisdiction> js = Places.jurisdictions(named);
        String jailWord = null;
        for (int i = 0; i < name.words().size() && jailWord == null; i++) {
            jailWord = FACILITY_WORDS.contains(name.canonical(i)) ? c.quote(i, i + 1) : null;
        }
        if (js.isEmpty()) {
            return FacilityResolution.open(Operator.UNKNOWN, Resolution.UNRESOLVED, "no operator word, and no "
                    + "county-equivalent's name in the name; " + c.stateEvidence() + whereItStands(c),
                    List.of(), FacilityRule.NO_EVIDENCE);
        }
        if (jailWord == null) {
            return FacilityResolution.open(Operator.UNKNOWN, Resolution.UNRESOLVED, "the name names "
                    + describe(js, 5) + " but has no operator word and no jail word; " + c.stateEvidence(),
                    js, FacilityRule.NO_EVIDENCE);
        }
        if (c.state() == null || js.size() > 1) {
            Resolution resolution = js.size() > 1 ? Resolution.AMBIGUOUS : Resolution.UNRESOLVED;
            return FacilityResolution.open(Operator.UNKNOWN, resolution,
                    "no operator word; the name names " + describe(js, 8) + "; " + c.stateEvidence(), js,
                    FacilityRule.PLACE_NAME);
        }
        Place city = named.stream().filter(Place::city).findFirst().orElse(null);
        if (city != null) {
            return FacilityResolution.rule(Operator.CITY, js.get(0).fips(), "no operator word; " + jailWord
                    + " makes it a jail and the name names " + describe(js.get(0)) + ": " + city.note()
                    + ", the only local government there; " + c.stateEvidence(), FacilityRule.PLACE_NAME);
        }
        return FacilityResolution.open(Operator.UNKNOWN, Resolution.AMBIGUOUS, "no operator word; the name names "
                + describe(js.get(0)) + " and " + jailWord + " makes it a jail, but with no county or city word "
                + "it may be the county's or a city's; " + c.stateEvidence(), js, FacilityRule.PLACE_NAME);
    }

    private String whereItStands(Context c) {
        List<Jurisdiction> at = c.state() == null ? List.of()
                : Places.jurisdictions(places.cityPlaces(c.state(), c.cityWords()));
        return at.size() == 1 ? "; the city column places it in " + describe(at.get(0))
                + ", but where a facility stands does not say who runs it" : "";
    }
}
