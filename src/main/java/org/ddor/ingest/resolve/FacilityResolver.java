package org.ddor.ingest.resolve;

import static org.ddor.ingest.resolve.Context.describe;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.Operator;
import org.ddor.domain.Resolution;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.ingest.resolve.OperatorRules.Signal;

/**
 * Resolves a receiving facility, as ICE names it, to who runs it ({@link Operator}) and the jurisdiction
 * that makes it (a FIPS code), by the documented rules of docs/resolution.md, with an evidence sentence a
 * person can check. It never guesses (DESIGN.md §1): a name that fits several jurisdictions is
 * {@link Resolution#AMBIGUOUS}, one that fits none {@link Resolution#UNRESOLVED}; a state prison or a
 * federal prison standing in a county is never that county's (§1.4).
 *
 * <p>Immutable and thread-safe; {@link #resolve} does no I/O and compiles no patterns.
 */
public final class FacilityResolver {

    /** Words that make a facility a joint one of several jurisdictions. */
    private static final Set<String> SHARED_WORDS = Set.of("REGIONAL", "TRI", "JOINT");
    /** States whose state government runs all jails (Bureau of Justice Statistics, Census of Jails). */
    private static final Set<String> COMBINED_JAIL_AND_PRISON_STATES = Set.of("AK", "CT", "DE", "HI", "RI", "VT");

    private final Gazetteer gazetteer;
    private final StateNames stateNames;
    private final OperatorRules operatorRules;
    private final LocalRules localRules;
    private final Places places;

    public FacilityResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.stateNames = new StateNames(gazetteer);
        this.places = new Places(gazetteer);
        this.operatorRules = new OperatorRules(stateNames, places);
        this.localRules = new LocalRules(places);
    }

    /**
     * A stable identity for "the same facility": ICE's facility code when the evidence has one, else the
     * name (upper case, punctuation and extra spaces gone, abbreviations kept as written), the state (USPS
     * code where recognised) and the city. "MONTGOMERY CNTY JAIL, PA" and "Montgomery Cnty Jail,PA" are one
     * facility; "MONTGOMERY COUNTY JAIL" is another until a person merges them.
     */
    public static String facilityKey(FacilityEvidence evidence) {
        if (evidence.iceCode() != null) {
            return "code:" + evidence.iceCode().toUpperCase(Locale.ROOT);
        }
        String state = evidence.state() == null ? "" : Objects.requireNonNullElse(
                DefaultStateNames.INSTANCE.code(evidence.state()),
                String.join(" ", FacilityName.words(evidence.state())));
        String city = evidence.city() == null ? "" : String.join(" ", FacilityName.words(evidence.city()));
        return "name:" + String.join(" ", FacilityName.words(evidence.rawName())) + "|" + state + "|" + city;
    }

    /** Resolves one facility; never null. */
    public FacilityResolution resolve(FacilityEvidence evidence) {
        FacilityName name = FacilityName.parse(evidence.rawName(), stateNames);
        String column = stateNames.code(evidence.state());
        String embedded = name.embeddedState();
        String inName = embedded == null ? null : "\"" + name.embeddedStateText().strip() + "\" in the name";
        OperatorRules.NamedState named = embedded == null ? operatorRules.namedState(name, column) : null;
        if (named != null) {
            embedded = named.state();
            inName = "\"" + name.text(0, named.words()) + "\" before \"" + name.words().get(named.words()) + "\"";
        }
        if (column != null && embedded != null && !column.equals(embedded)) {
            return stateConflict(evidence, name, column, embedded, inName);
        }
        String state = column != null ? column : embedded;
        return resolveIn(new Context(evidence, name, state, stateEvidence(evidence, column, embedded, inName)));
    }

    private static String stateEvidence(FacilityEvidence evidence, String column, String embedded, String inName) {
        if (column != null) {
            String said = "state " + column + " (state column \"" + evidence.state() + "\"";
            return said + (inName == null ? ")" : " and " + inName + ")");
        }
        String unknown = evidence.state() == null ? "" : "; state column \"" + evidence.state() + "\" is no U.S. state";
        return inName != null ? "state " + embedded + " (" + inName + unknown + ")" : "no state" + unknown;
    }

    private FacilityResolution stateConflict(FacilityEvidence e, FacilityName name, String column, String embedded,
                                             String inName) {
        String said = inName + " says " + embedded + " but the state column says \"" + e.state() + "\" (" + column
                + "): never pick one";
        Set<Operator> operators = EnumSet.noneOf(Operator.class);
        Set<Jurisdiction> candidates = new LinkedHashSet<>();
        for (String state : List.of(column, embedded)) {
            FacilityResolution r = resolveIn(new Context(e, name, state, "if in " + state));
            operators.add(r.operator());
            if (r.jurisdictionFips() != null) {
                gazetteer.byFips(r.jurisdictionFips()).ifPresent(candidates::add);
            }
            candidates.addAll(r.candidates());
        }
        Operator operator = operators.size() == 1 ? operators.iterator().next() : Operator.UNKNOWN;
        return FacilityResolution.open(operator, Resolution.AMBIGUOUS, said + (candidates.isEmpty() ? ""
                : "; it would be " + describe(List.copyOf(candidates), 4)), List.copyOf(candidates),
                FacilityRule.STATE_CONFLICT);
    }

    private FacilityResolution resolveIn(Context c) {
        if (c.name().words().isEmpty()) {
            return FacilityResolution.open(Operator.UNKNOWN, Resolution.UNRESOLVED, "the facility name is empty",
                    List.of(), FacilityRule.NO_EVIDENCE);
        }
        KnownFacilities.Entry known = KnownFacilities.find(c.name(), c.state(), c.evidence().city());
        if (known != null) {
            return FacilityResolution.rule(known.operator(), known.fips(), "known facility: " + known.fact()
                    + "; " + c.stateEvidence(), FacilityRule.KNOWN_FACILITY);
        }
        List<Signal> signals = operatorRules.signals(c.name(), c.state());
        LocalRules.Markers markers = LocalRules.markers(c.name(), used(c.name(), signals));
        List<Signal> strong = signals.stream().filter(s -> !s.weak()).toList();
        if (!strong.isEmpty()) {
            return nonLocal(c, strong, markers);
        }
        if (markers.any()) {
            return checkLocal(c, local(c, markers));
        }
        FacilityResolution bySheriff = localRules.county(c, markers);
        if (bySheriff != null) {
            return checkLocal(c, bySheriff);
        }
        List<Signal> weak = signals.stream().filter(s -> s.operator() == Operator.FEDERAL
                || places.spans(c.state(), c.name().words(), 0, c.name().nameWords()).isEmpty()).toList();
        if (!weak.isEmpty()) {
            return nonLocal(c, weak, markers);
        }
        return checkLocal(c, localRules.place(c));
    }

    /**
     * A local attribution stands unless the name says several jurisdictions run the facility ("REGIONAL
     * JAIL", "TRI-COUNTY") or the state runs every jail itself (Alaska, Connecticut, Delaware, Hawaii,
     * Rhode Island and Vermont have combined jail and prison systems): then a person decides.
     */
    private FacilityResolution checkLocal(Context c, FacilityResolution r) {
        if (r.resolution() != Resolution.RULE || !r.operator().isLocal()) {
            return r;
        }
        Jurisdiction j = gazetteer.byFips(r.jurisdictionFips()).orElseThrow();
        int shared = indexOfAny(c.name().canonical(), SHARED_WORDS);
        if (shared >= 0) {
            return FacilityResolution.open(Operator.UNKNOWN, Resolution.AMBIGUOUS, r.evidence() + "; but "
                    + c.quote(shared, shared + 1) + " says several jurisdictions run it, and the name does not say "
                    + "which", List.of(j), r.rule());
        }
        if (COMBINED_JAIL_AND_PRISON_STATES.contains(c.state()) && r.rule() != FacilityRule.CITY) {
            Jurisdiction state = gazetteer.state(c.state()).orElseThrow();
            return FacilityResolution.open(Operator.UNKNOWN, Resolution.AMBIGUOUS, r.evidence() + "; but "
                    + state.name() + " runs its jails itself (a combined jail and prison system), so the name's "
                    + "place need not be who runs it", List.of(j, state), r.rule());
        }
        return r;
    }

    private static int indexOfAny(List<String> words, Set<String> wanted) {
        for (int i = 0; i < words.size(); i++) {
            if (wanted.contains(words.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private FacilityResolution local(Context c, LocalRules.Markers markers) {
        if (!markers.county().isEmpty()) {
            return localRules.county(c, markers);
        }
        FacilityResolution bySheriff = localRules.county(c, markers);
        return bySheriff != null ? bySheriff : localRules.city(c, markers);
    }

    private FacilityResolution nonLocal(Context c, List<Signal> signals, LocalRules.Markers markers) {
        Set<Operator> operators = signals.stream().map(Signal::operator)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Operator.class)));
        if (operators.contains(Operator.PRIVATE)) {
            operators.removeAll(EnumSet.of(Operator.ICE, Operator.FEDERAL));
        }
        String said = signals.stream().map(s -> c.quote(s.from(), s.to()) + ": " + s.meaning())
                .distinct().collect(Collectors.joining("; "));
        if (operators.size() > 1 || markers.any()) {
            return operatorConflict(c, said, markers);
        }
        Operator operator = operators.iterator().next();
        FacilityRule rule = FacilityRule.valueOf(operator.name());
        if (operator != Operator.STATE) {
            return FacilityResolution.rule(operator, null, said + "; run by " + runBy(operator) + ", so it belongs to "
                    + "no county or city, whichever it stands in", rule);
        }
        Jurisdiction state = c.state() == null ? null : gazetteer.state(c.state()).orElse(null);
        if (state == null) {
            return FacilityResolution.open(Operator.STATE, Resolution.UNRESOLVED, said + "; " + c.stateEvidence()
                    + ", so which state runs it is unknown", List.of(), rule);
        }
        return FacilityResolution.rule(Operator.STATE, state.fips(), said + "; " + c.stateEvidence() + ": run by "
                + describe(state) + ", not by the county it stands in", rule);
    }

    private FacilityResolution operatorConflict(Context c, String said, LocalRules.Markers markers) {
        List<String> local = new ArrayList<>();
        markers.county().forEach(i -> local.add(c.quote(i, i + 1)));
        markers.city().forEach(i -> local.add(c.quote(i, i + 1)));
        List<Jurisdiction> named = new ArrayList<>(new LinkedHashSet<>(places.spans(c.state(), c.name().words(), 0,
                c.name().nameWords()).stream().flatMap(s -> Places.jurisdictions(s.places()).stream()).toList()));
        return FacilityResolution.open(Operator.UNKNOWN, Resolution.AMBIGUOUS, "words of more than one operator: "
                + said + (local.isEmpty() ? "" : "; and local words " + String.join(", ", local)) + "; "
                + c.stateEvidence(), named, FacilityRule.OPERATOR_CONFLICT);
    }

    private static String runBy(Operator operator) {
        return switch (operator) {
            case FEDERAL -> "the federal government";
            case PRIVATE -> "a private contractor";
            case ICE -> "ICE";
            default -> operator.name().toLowerCase(Locale.ROOT);
        };
    }

    private static boolean[] used(FacilityName name, List<Signal> signals) {
        boolean[] used = new boolean[name.words().size()];
        for (Signal s : signals) {
            for (int i = s.from(); i < s.to(); i++) {
                used[i] = true;
            }
        }
        return used;
    }

    private static final class DefaultStateNames {
        static final StateNames INSTANCE = new StateNames(Gazetteer.load());
    }
}
