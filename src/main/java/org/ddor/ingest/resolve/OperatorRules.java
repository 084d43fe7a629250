package org.ddor.ingest.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddor.domain.Operator;

/**
 * The words in a facility name that say a non-local operator runs it: ICE, a private contractor, the
 * federal government (Bureau of Prisons, U.S. Marshals, CBP) or the state. Immutable and thread-safe.
 *
 * <p>Strong words decide on their own ("FCI", "SCI", "GEO"). Weak words are abbreviations that local
 * facilities use too ("MDC" is also a county's Metropolitan Detention Center; "DOC" a county's
 * Department of Corrections): they count only when no county or city word is present.
 */
final class OperatorRules {

    /** A state named by the first {@code words} words of a name, before a prison word ("MINN C.F."). */
    record NamedState(String state, int words) {
    }

    /** Words of an operator found at words [from, to) of a name. */
    record Signal(Operator operator, boolean weak, int from, int to, String meaning) {
    }

    private record Phrase(Operator operator, boolean weak, List<String> words, String meaning) {
    }

    /** Words that, after a state's own name at the start ("MINN C.F."), make a state prison. */
    private static final Set<String> STATE_FACILITY_WORDS = Set.of("CF", "CI", "CORR", "PRISON", "PEN", "REFORMATORY");

    /** The phrases by their first word, so that a name is scanned once. */
    private static final Map<String, List<Phrase>> PHRASES = phrases().stream()
            .collect(Collectors.groupingBy(p -> p.words().get(0)));

    private final StateNames stateNames;
    private final Places places;

    OperatorRules(StateNames stateNames, Places places) {
        this.stateNames = stateNames;
        this.places = places;
    }

    /** The operator words of a name, left to right; {@code state} is the facility's state (USPS) or null. */
    List<Signal> signals(FacilityName name, String state) {
        List<String> canonical = name.canonical();
        List<Signal> found = new ArrayList<>();
        NamedState named = namedState(name, state);
        if (named != null && named.state().equals(state)) {
            found.add(new Signal(Operator.STATE, false, 0, named.words() + 1,
                    "the state's own name before a prison word: a state correctional facility"));
        }
        for (int i = 0; i < canonical.size(); i++) {
            for (Phrase p : PHRASES.getOrDefault(canonical.get(i), List.of())) {
                if (matches(canonical, i, p.words()) && !isFederalWay(canonical, i, p)) {
                    found.add(new Signal(p.operator(), p.weak(), i, i + p.words().size(), p.meaning()));
                }
            }
        }
        return found;
    }

    /**
     * The state a name starts with, when a prison word follows ("MINN C.F.", "NEVADA PRISON"), or null. The
     * words must not also name a county of {@code state} (of any state when it is null): "DELAWARE CORR" in
     * Pennsylvania may be Delaware County's.
     */
    NamedState namedState(FacilityName name, String state) {
        List<String> words = name.words();
        for (int n = 1; n <= Math.min(3, words.size() - 1); n++) {
            String named = stateNames.codeOrAbbreviationOfKey(String.join("", words.subList(0, n)));
            if (named != null && STATE_FACILITY_WORDS.contains(name.canonical(n))
                    && places.lookup(state, words, 0, n).isEmpty()) {
                return new NamedState(named, n);
            }
        }
        return null;
    }

    private static boolean matches(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    // Federal Way is a city in Washington with its own police department.
    private static boolean isFederalWay(List<String> words, int at, Phrase p) {
        return p.words().equals(List.of("FED")) && at + 1 < words.size() && words.get(at + 1).equals("WAY");
    }

    private static List<Phrase> phrases() {
        List<Phrase> p = new ArrayList<>();
        String ice = "ICE's own facility";
        add(p, Operator.ICE, false, ice + " (U.S. Immigration and Customs Enforcement)", "ICE");
        add(p, Operator.ICE, false, ice + " (Enforcement and Removal Operations)", "ERO");
        add(p, Operator.ICE, false, ice + " (Detention and Removal Operations, ERO's former name)", "DRO");
        add(p, Operator.ICE, false, "an ICE hold room", "HOLD ROOM", "HOLDROOM");
        add(p, Operator.ICE, false, "an ICE service processing center", "SPC", "SERVICE PROCESSING");
        add(p, Operator.ICE, false, "an ICE processing center (ICE-dedicated detention; no contractor named)",
                "PROCESSING CTR");
        add(p, Operator.ICE, false, "an ICE (formerly INS) district or field office", "DIST OFFICE",
                "FIELD OFFICE", "SUB OFFICE", "SUBOFFICE");
        add(p, Operator.PRIVATE, false, "The GEO Group, a private contractor", "GEO");
        add(p, Operator.PRIVATE, false, "CoreCivic (Corrections Corporation of America), a private contractor",
                "CORECIVIC", "CCA", "CORR CORPORATION");
        add(p, Operator.PRIVATE, false, "a private contractor (Cornell Companies, Management and Training Corp., "
                + "Community Education Centers)", "CORNELL", "MTC", "MANAGEMENT AND TRAINING", "CEC");
        add(p, Operator.PRIVATE, false, "a private facility", "PRIVATE");
        add(p, Operator.PRIVATE, false, "an ICE contract detention facility, run by a contractor",
                "CONTRACT DET", "CONTRACT FAC", "CDF");
        add(p, Operator.FEDERAL, false, "a Bureau of Prisons facility (FCI, USP, FDC, FMC, FPC, FCC)",
                "FCI", "USP", "FDC", "FMC", "FPC", "FCC", "BOP", "BUREAU OF PRISONS");
        add(p, Operator.FEDERAL, false, "a federal facility", "FED");
        add(p, Operator.FEDERAL, false, "a U.S. penitentiary (Bureau of Prisons)", "US PEN", "U S PEN",
                "UNITED STATES PEN");
        add(p, Operator.FEDERAL, false, "the U.S. Marshals Service", "USMS", "US MARSHAL", "U S MARSHAL",
                "MARSHAL SERVICE");
        add(p, Operator.FEDERAL, false, "U.S. Customs and Border Protection", "CBP", "USBP", "BORDER PATROL");
        add(p, Operator.FEDERAL, false, "the U.S. Park Police", "US PARK POLICE", "U S PARK POLICE");
        add(p, Operator.FEDERAL, true, "a federal detention center abbreviation (MDC, MCC, FTC)", "MDC", "MCC", "FTC");
        add(p, Operator.STATE, false, "a state correctional institution", "SCI", "SRCF");
        add(p, Operator.STATE, false, "a state prison", "STATE PRISON", "STATE PEN", "STATE CORR", "STATE JAIL",
                "STATE FARM", "STATE HOSPITAL", "STATE INST", "STATE REFORMATORY");
        add(p, Operator.STATE, false, "the state police", "STATE POLICE", "STATE PATROL", "STATE TROOPER",
                "STATE TROOPERS", "HIGHWAY PATROL");
        add(p, Operator.STATE, true, "a department of corrections (state, unless a county or city is named)",
                "DOC", "DOCS", "DOCCS", "DEPT OF CORR", "DEPT CORR", "DEPT OF CRIMINAL JUSTICE", "TDCJ", "CDCR");
        return List.copyOf(p);
    }

    private static void add(List<Phrase> to, Operator operator, boolean weak, String meaning, String... phrases) {
        for (String phrase : phrases) {
            to.add(new Phrase(operator, weak, List.of(phrase.split(" ")), meaning));
        }
    }
}
