package org.ddor.ingest.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.JurisdictionKind;
import org.ddor.ingest.reference.Gazetteer;

/**
 * Finds the jurisdiction a policy table's location text names ("Suffolk County, New York",
 * "Travis County, TX (SNA)", "State of California", "Philadelphia, Pennsylvania"), or says why
 * it cannot. Never guesses (DESIGN.md §1.1): a name that fits several places, or none, is
 * refused with the reason. Everything it changes or reads into the text is said in a note.
 *
 * <p>The rules, in order (docs/policies.md):
 * <ol>
 *   <li>A trailing "(XYZ)" of three capitals is the ICE AOR the table gives; another trailing
 *       parenthesis is dropped with a note. A trailing ZIP code ("..., 97123") is dropped with a note.</li>
 *   <li>A whole text that is a state ("Oregon", "State of California", "All county jails in
 *       Colorado"), or a place part that says so ("Colorado County Jails, Colorado", "Statewide,
 *       Oregon"), is a state-wide policy: the STATE jurisdiction (2-digit FIPS); the District of
 *       Columbia is its own county-equivalent, 11001.</li>
 *   <li>The state is the text after the last comma (name or USPS code; an OCR "l" for "I", as in
 *       "lowa", is repaired with a note), or else a state name ending the text.</li>
 *   <li>A place ending in a county kind word (County, Parish, Borough, ...) is looked up in that
 *       state; several matches or none are refused.</li>
 *   <li>Any other place is a city: mapped when it is a county-equivalent (an independent city such
 *       as Baltimore, or a city coterminous with its county such as Philadelphia = 42101), refused
 *       otherwise ("DDOR has no city table yet").</li>
 *   <li>Without a state, a county name is taken only when exactly one county-equivalent in the
 *       country has it ("Franklin County" alone is ambiguous).</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class LocationResolver {

    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*\\(\\s*([^()]*?)\\s*\\)\\s*$");
    private static final Pattern INNER_PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern AOR_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern ZIP = Pattern.compile("[,\\s]+(\\d{5})(?:-\\d{4})?\\s*$");
    private static final Pattern STATE_OF = Pattern.compile("(?i)(?:the\\s+)?(?:state|commonwealth)\\s+of\\s+(.+)");
    private static final Pattern ALL_JAILS_IN = Pattern.compile(
            "(?i)all\\s+(?:county\\s+jails|counties|jails)\\s+in\\s+(.+)");
    private static final Pattern STATEWIDE_PLACE = Pattern.compile(
            "(?i)(?:all\\s+)?(?:(.+?)\\s+)?(?:county\\s+jails?|counties)|state\\s*-?\\s*wide|all\\s+jails|state");
    private static final Pattern COUNTY_KIND = Pattern.compile(
            "(?i).*\\b(?:county|parish|borough|census area|municipality|municipio|planning region)|county of\\s.+");
    private static final Pattern CITY_OF = Pattern.compile("(?i)city(?: and county)? of\\s+(.+)");
    private static final Pattern CITY_LAST = Pattern.compile("(?i).+\\scity");
    private static final Pattern COUNTY_JAIL = Pattern.compile("(?i)(.+\\s(?:county|parish))\\s+jails?");
    private static final Pattern OCR_LOWER_L = Pattern.compile("l([a-z].*)");
    private static final String NO_CITY_TABLE = "DDOR has no city table yet";

    /**
     * Cities that are coterminous with their county-equivalent but are not "independent cities" in
     * the Census list, by USPS code and upper-case letters of the city's name. Only places whose city
     * and county boundaries are the same; Nashville, Jacksonville, Indianapolis and Louisville are
     * not (other towns lie inside their counties) and are refused like any city.
     */
    private static final Map<String, String> COTERMINOUS_CITIES = Map.ofEntries(
            Map.entry("PA PHILADELPHIA", "42101"), Map.entry("CA SANFRANCISCO", "06075"),
            Map.entry("CO DENVER", "08031"), Map.entry("CO BROOMFIELD", "08014"),
            Map.entry("LA NEWORLEANS", "22071"), Map.entry("HI HONOLULU", "15003"),
            Map.entry("DC WASHINGTON", "11001"), Map.entry("AK ANCHORAGE", "02020"),
            Map.entry("AK JUNEAU", "02110"), Map.entry("AK SITKA", "02220"),
            Map.entry("MA NANTUCKET", "25019"), Map.entry("KY LEXINGTON", "21067"));
    private static final String DC_COUNTY = "11001";

    private final Gazetteer gazetteer;
    private final List<Jurisdiction> statesLongestNameFirst;

    public LocationResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.statesLongestNameFirst = gazetteer.states().stream()
                .sorted(Comparator.comparingInt((Jurisdiction s) -> s.name().length()).reversed()).toList();
    }

    /**
     * The jurisdiction a location text names.
     *
     * @param location the cell as written; null or blank is refused
     * @return resolved or refused, with the notes on what was read into the text; never null
     */
    public Result resolve(String location) {
        Attempt attempt = new Attempt(location == null ? "" : location.strip().replaceAll("\\s+", " "));
        return attempt.run();
    }

    /**
     * What a location resolved to.
     *
     * @param jurisdiction the jurisdiction, or null when refused
     * @param aor          the AOR the table gave in "(XYZ)", else the jurisdiction's; null if neither
     * @param rejection    why the location was refused, or null when resolved
     * @param notes        what was read into or removed from the text, in order; no row numbers
     */
    public record Result(Jurisdiction jurisdiction, String aor, String rejection, List<String> notes) {

        public Result {
            notes = List.copyOf(notes);
        }

        public boolean isResolved() {
            return jurisdiction != null;
        }
    }

    /** One resolution: the text as it is being read, and the notes so far. Not thread-safe; one per call. */
    private final class Attempt {
        private String text;
        private final String original;
        private String sourceAor;
        private final List<String> notes = new ArrayList<>();

        Attempt(String text) {
            this.text = text;
            this.original = text;
        }

        Result run() {
            if (text.isEmpty()) {
                return rejected("no location");
            }
            stripParenthesis();
            stripZip();
            Optional<Result> stateWide = wholeTextState();
            if (stateWide.isPresent()) {
                return stateWide.get();
            }
            return splitState().map(this::inState).orElseGet(this::withoutState);
        }

        private void stripParenthesis() {
            Matcher m = TRAILING_PARENTHESIS.matcher(text);
            if (!m.find()) {
                return;
            }
            if (AOR_CODE.matcher(m.group(1)).matches()) {
                sourceAor = m.group(1);
            } else {
                notes.add("'(" + m.group(1) + ")' after the location ignored");
            }
            text = text.substring(0, m.start()).strip();
        }

        private void stripZip() {
            Matcher m = ZIP.matcher(text);
            if (m.find() && m.start() > 0) {
                notes.add("ZIP code " + m.group(1) + " removed from '" + original + "'");
                text = text.substring(0, m.start()).strip();
            }
        }

        private Optional<Result> wholeTextState() {
            Optional<String> usps = gazetteer.stateCodeForName(text);
            if (usps.isPresent()) {
                return Optional.of(state(usps.get()));
            }
            for (Pattern pattern : List.of(STATE_OF, ALL_JAILS_IN)) {
                Matcher m = pattern.matcher(text);
                if (m.matches() && gazetteer.stateCodeForName(m.group(1)).isPresent()) {
                    return Optional.of(state(gazetteer.stateCodeForName(m.group(1)).get()));
                }
            }
            return Optional.empty();
        }

        /** The place and the state's USPS code, or empty when the text names no state. */
        private Optional<PlaceInState> splitState() {
            int comma = text.lastIndexOf(',');
            if (comma >= 0) {
                String stateText = text.substring(comma + 1).strip();
                Optional<String> usps = gazetteer.stateCodeForName(stateText).or(() -> ocrRepaired(stateText));
                if (usps.isPresent()) {
                    return Optional.of(new PlaceInState(place(text.substring(0, comma)), usps.get()));
                }
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (Jurisdiction state : statesLongestNameFirst) {
                String name = state.name().toLowerCase(Locale.ROOT);
                int at = lower.length() - name.length();
                if (at > 0 && lower.endsWith(name) && !Character.isLetter(lower.charAt(at - 1))) {
                    return Optional.of(new PlaceInState(place(text.substring(0, at)), state.state()));
                }
            }
            return Optional.empty();
        }

        private Optional<String> ocrRepaired(String stateText) {
            Matcher m = OCR_LOWER_L.matcher(stateText);
            if (!m.matches()) {
                return Optional.empty();
            }
            String repaired = "I" + m.group(1);
            Optional<String> usps = gazetteer.stateCodeForName(repaired);
            usps.ifPresent(code -> notes.add("state '" + stateText + "' read as '" + repaired
                    + "' (a lower-case l for a capital I, an OCR slip)"));
            return usps;
        }

        private String place(String raw) {
            String place = raw.replaceAll("^[\\s,.;:-]+|[\\s,.;:-]+$", "");
            String withoutParentheses = INNER_PARENTHESIS.matcher(place).replaceAll("").strip();
            if (!withoutParentheses.equals(place)) {
                notes.add("parenthesis in '" + place + "' ignored");
            }
            return withoutParentheses;
        }

        private Result inState(PlaceInState placeInState) {
            String place = placeInState.place();
            String usps = placeInState.usps();
            if (place.isEmpty()) {
                return state(usps);
            }
            Matcher statewide = STATEWIDE_PLACE.matcher(place);
            if (statewide.matches() && namesStateOrNothing(statewide.group(1), usps)) {
                return state(usps);
            }
            Matcher jail = COUNTY_JAIL.matcher(place);
            if (jail.matches()) {
                notes.add("'" + place + "' read as " + jail.group(1));
                return county(jail.group(1), usps);
            }
            return COUNTY_KIND.matcher(place).matches() ? county(place, usps) : city(place, usps);
        }

        private boolean namesStateOrNothing(String namedState, String usps) {
            return namedState == null || gazetteer.stateCodeForName(namedState).filter(usps::equals).isPresent();
        }

        private Result county(String place, String usps) {
            Optional<Jurisdiction> county = gazetteer.county(usps, place);
            if (county.isPresent()) {
                return resolved(county.get());
            }
            List<Jurisdiction> sameName = gazetteer.countiesNamed(place).stream()
                    .filter(j -> j.state().equals(usps)).toList();
            if (sameName.size() > 1) {
                return rejected("'" + place + ", " + usps + "' fits " + sameName.size() + " county-equivalents ("
                        + describe(sameName) + "); write the full name");
            }
            return rejected("no county-equivalent '" + place + "' in " + stateName(usps));
        }

        private Result city(String place, String usps) {
            Matcher cityOf = CITY_OF.matcher(place);
            String city = cityOf.matches() ? cityOf.group(1) : place;
            String query = cityOf.matches() || CITY_LAST.matcher(place).matches() ? place : place + " city";
            Optional<Jurisdiction> independent = gazetteer.county(usps, query)
                    .filter(j -> j.kind() == JurisdictionKind.INDEPENDENT_CITY);
            if (independent.isPresent()) {
                notes.add("city '" + city + ", " + usps + "' is an independent city, a county-equivalent: "
                        + describe(independent.get()));
                return resolved(independent.get());
            }
            String fips = COTERMINOUS_CITIES.get(usps + " " + letters(city));
            if (fips != null && gazetteer.byFips(fips).isPresent()) {
                Jurisdiction county = gazetteer.byFips(fips).get();
                notes.add("city '" + city + ", " + usps + "' is coterminous with its county-equivalent: "
                        + describe(county));
                return resolved(county);
            }
            return rejected(cityRefusal(city, usps));
        }

        private String cityRefusal(String city, String usps) {
            String name = city + ", " + usps;
            if (usps.equals("NY") && List.of("NEWYORK", "NEWYORKCITY").contains(letters(city))) {
                return "city '" + name + "' spans five counties (Bronx, Kings, New York, Queens, Richmond); "
                        + NO_CITY_TABLE;
            }
            String refusal = "city '" + name + "' is not a county-equivalent; " + NO_CITY_TABLE;
            Optional<Jurisdiction> sameNamedCounty = gazetteer.county(usps, city + " County");
            return sameNamedCounty.map(c -> refusal + " (if the policy is " + c.name() + "'s, write '"
                    + c.name() + ", " + stateName(usps) + "')").orElse(refusal);
        }

        private Result withoutState() {
            int comma = text.lastIndexOf(',');
            if (comma >= 0) {
                return rejected("'" + text.substring(comma + 1).strip() + "' in '" + original
                        + "' is not a U.S. state name or USPS code");
            }
            String place = place(text);
            if (!COUNTY_KIND.matcher(place).matches()) {
                return rejected("location '" + original + "' names no state; write it as 'Name County, State'"
                        + " or 'City, State'");
            }
            List<Jurisdiction> named = gazetteer.countiesNamed(place).stream()
                    .filter(j -> j.kind() != JurisdictionKind.INDEPENDENT_CITY).toList();
            if (named.size() == 1) {
                notes.add("no state given; '" + place + "' is the only county-equivalent of that name: "
                        + describe(named.get(0)));
                return resolved(named.get(0));
            }
            if (named.isEmpty()) {
                return rejected("no county-equivalent named '" + place + "', and no state given");
            }
            return rejected("'" + place + "' without a state is ambiguous: " + named.size()
                    + " county-equivalents have that name (" + states(named) + "); add the state");
        }

        private Result state(String usps) {
            if (usps.equals("DC")) {
                Jurisdiction dc = gazetteer.byFips(DC_COUNTY).orElseThrow();
                notes.add("'" + original + "': the District of Columbia is its own county-equivalent: " + describe(dc));
                return resolved(dc);
            }
            Jurisdiction state = gazetteer.state(usps).orElseThrow();
            notes.add("'" + original + "' is a state-wide policy, recorded for the state " + state.name() + " ("
                    + state.fips() + "); reports apply it to every county in " + state.name());
            return resolved(state);
        }

        private Result resolved(Jurisdiction jurisdiction) {
            String aor = jurisdiction.aor();
            if (sourceAor != null && jurisdiction.aor() != null && !sourceAor.equals(jurisdiction.aor())) {
                notes.add("the table gives AOR " + sourceAor + " for " + jurisdiction.displayName()
                        + ", the gazetteer " + jurisdiction.aor() + "; the table's AOR is kept");
            }
            return new Result(jurisdiction, sourceAor != null ? sourceAor : aor, null, notes);
        }

        private Result rejected(String reason) {
            return new Result(null, sourceAor, reason, notes);
        }

        private String stateName(String usps) {
            return gazetteer.state(usps).map(Jurisdiction::name).orElse(usps);
        }
    }

    /** A location split into the place ("Franklin County", may be empty) and its state's USPS code. */
    private record PlaceInState(String place, String usps) {
    }

    private static String describe(Jurisdiction j) {
        return j.displayName() + " (" + j.fips() + ")";
    }

    private static String describe(List<Jurisdiction> js) {
        return js.stream().map(LocationResolver::describe).collect(Collectors.joining(", "));
    }

    private static String states(List<Jurisdiction> js) {
        return js.stream().map(Jurisdiction::state).distinct().sorted().collect(Collectors.joining(", "));
    }

    private static String letters(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
    }
}
