package org.ddor.ingest.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.JurisdictionKind;
import org.ddor.domain.Operator;

/**
 * Builds the {@link SampleFacilities}: the hand-written facilities, then a jail for every county
 * (except in states with one state-run system and in New York City, whose jails the city runs),
 * then state prisons, federal, private, city and ICE facilities per state in proportion to its
 * volume, and finally the sample policies as decline-share steps. Draws come from a fixed seed.
 * Single use; not thread-safe.
 */
final class FacilityUniverse {

    private static final long UNIVERSE_SEED = 0x2017_0320L;
    private static final Map<Operator, Double> OPERATOR_SHARES = operatorShares();
    /** The states with one system hold local detainees in state facilities, so those take the local volume too. */
    private static final double UNIFIED_STATE_FACTOR = 4.5;
    private static final Set<String> NEW_YORK_CITY = Set.of("36005", "36047", "36061", "36081", "36085");

    private final SampleRandom random = new SampleRandom(UNIVERSE_SEED);
    private final FacilityCodes codes = new FacilityCodes();
    private final Map<String, Jurisdiction> states = new TreeMap<>();
    private final Map<String, List<Jurisdiction>> countiesByState = new TreeMap<>();
    private final Map<String, Jurisdiction> countyByName = new HashMap<>();
    private final List<FacilityDraft> drafts = new ArrayList<>();
    private final Map<String, List<FacilityDraft>> curatedLocal = new HashMap<>();
    private final Set<String> takenNames = new HashSet<>();

    FacilityUniverse(List<Jurisdiction> counties, List<Jurisdiction> stateList) {
        for (Jurisdiction state : stateList) {
            if (Integer.parseInt(state.fips()) <= 56) {
                states.put(state.state(), state);
            }
        }
        counties.stream().filter(county -> states.containsKey(county.state()))
                .sorted((a, b) -> a.fips().compareTo(b.fips()))
                .forEach(this::index);
    }

    SampleFacilities build(List<SamplePolicy> policies) {
        addCurated();
        addCountyJails();
        states.keySet().forEach(this::addStateFederalPrivateAndCity);
        addIceHoldRooms();
        new PolicySteps(this::stateCode, this::county).apply(policies, drafts);
        return finish();
    }

    private void index(Jurisdiction county) {
        countiesByState.computeIfAbsent(county.state(), state -> new ArrayList<>()).add(county);
        countyByName.put(key(county.state(), county.name()), county);
    }

    private void addCurated() {
        for (CuratedFacilities.Entry entry : CuratedFacilities.entries()) {
            Jurisdiction county = county(entry.usps(), entry.county());
            String code = entry.code() == null ? null : codes.reserve(entry.code());
            FacilityDraft draft = add(entry.operator(), entry.name(), code, entry.city(), county, entry.boost());
            if (entry.operator() == Operator.COUNTY || isCityCounty(county)) {
                curatedLocal.computeIfAbsent(county.fips(), fips -> new ArrayList<>()).add(draft);
            }
        }
    }

    /** Every county's jails share one county weight: a skewed draw, or about the listed size for the big counties. */
    private void addCountyJails() {
        for (List<Jurisdiction> counties : countiesByState.values()) {
            for (Jurisdiction county : counties) {
                double weight = countyWeight(county);
                List<FacilityDraft> curated = curatedLocal.get(county.fips());
                if (curated != null) {
                    shareCountyWeight(curated, weight);
                } else if (!StateVolumes.UNIFIED_STATES.contains(county.state()) && !NEW_YORK_CITY.contains(county.fips())) {
                    addSyntheticJail(county, weight);
                }
            }
        }
    }

    private double countyWeight(Jurisdiction county) {
        double boost = StateVolumes.countyBoost(county.state(), county.name());
        double spread = boost > 1 ? 0.25 : 0.9;
        double weight = boost * Math.exp(spread * random.gaussian());
        boolean trap = StateVolumes.SAME_NAME_TRAPS.contains(FacilityNames.baseName(county.name()));
        return trap ? Math.max(weight, 2.0) : weight;
    }

    private static void shareCountyWeight(List<FacilityDraft> curated, double countyWeight) {
        double boosts = curated.stream().filter(draft -> draft.operator == Operator.COUNTY)
                .mapToDouble(draft -> draft.weight).sum();
        for (FacilityDraft draft : curated) {
            if (draft.operator == Operator.COUNTY) {
                draft.weight = countyWeight * draft.weight / boosts;
            }
        }
    }

    private void addSyntheticJail(Jurisdiction county, double weight) {
        String base = FacilityNames.baseName(county.name());
        String city = random.chance(0.4) ? base : FacilityNames.town(random);
        if (county.kind() == JurisdictionKind.INDEPENDENT_CITY) {
            add(Operator.CITY, base.endsWith(" CITY") ? base + " JAIL" : base + " CITY JAIL", null, base, county, weight);
            return;
        }
        boolean second = random.chance(0.1);
        String name = FacilityNames.countyJail(base, county.state(), county.kind() == JurisdictionKind.PARISH, random);
        add(Operator.COUNTY, unique(name, county.state()), null, city, county, second ? 0.85 * weight : weight);
        if (second) {
            String annex = FacilityNames.secondCountyFacility(base, county.state(), random);
            add(Operator.COUNTY, unique(annex, county.state()), null, city, county, 0.15 * weight);
        }
    }

    private void addStateFederalPrivateAndCity(String usps) {
        double volume = StateVolumes.state(usps);
        boolean unified = StateVolumes.UNIFIED_STATES.contains(usps);
        repeat(2 + Math.round(volume * 1.2) + (unified ? 3 : 0) - curatedCount(Operator.STATE, usps),
                () -> addSynthetic(Operator.STATE, usps, town -> FacilityNames.statePrison(town, usps, random)));
        repeat(Math.round(volume * 0.5),
                () -> addSynthetic(Operator.FEDERAL, usps, town -> FacilityNames.federal(town, usps, random)));
        if (!hasCuratedMarshals(usps)) {
            addSynthetic(Operator.FEDERAL, usps, town -> FacilityNames.marshals(usps, random));
        }
        repeat(Math.round(volume * 0.25), () -> addSynthetic(Operator.PRIVATE, usps, null));
        if (!"DC".equals(usps)) {
            repeat(1 + Math.round(volume * 0.8),
                    () -> addSynthetic(Operator.CITY, usps, town -> FacilityNames.cityJail(town, usps, random)));
        }
    }

    /** A facility in a random county of the state; a null namer means a private facility. */
    private void addSynthetic(Operator operator, String usps, java.util.function.Function<String, String> namer) {
        List<Jurisdiction> counties = countiesByState.get(usps);
        Jurisdiction county = counties.get(random.nextInt(counties.size()));
        String town = FacilityNames.town(random);
        String name = namer != null ? namer.apply(town)
                : FacilityNames.privateFacility(FacilityNames.baseName(county.name()), town, usps, random);
        add(operator, unique(name, usps), null, town, county, Math.exp(0.7 * random.gaussian()));
    }

    private void addIceHoldRooms() {
        for (AorNames.FieldOffice office : AorNames.offices()) {
            String city = office.dutyCity().substring(0, office.dutyCity().indexOf(','));
            add(Operator.ICE, unique(city + " HOLD ROOM", office.state()), null, city,
                    county(office.state(), office.county()), 1.0);
        }
    }

    private FacilityDraft add(Operator operator, String name, String code, String city, Jurisdiction county,
                              double weight) {
        takenNames.add(county.state() + "|" + name);
        String facilityCode = code != null ? code : codes.next(name, county.state(), random.chance(0.5));
        FacilityDraft draft = new FacilityDraft(operator, name, facilityCode, city, county, weight);
        drafts.add(draft);
        return draft;
    }

    /** Two facilities of one state never share a name: a later one gets a number ("FCI SALEM 2"). */
    private String unique(String name, String usps) {
        String candidate = FacilityNames.truncate(name);
        for (int n = 2; takenNames.contains(usps + "|" + candidate); n++) {
            candidate = FacilityNames.truncate(name + " " + n);
        }
        return candidate;
    }

    private SampleFacilities finish() {
        Map<Operator, Map<String, Double>> stateSums = new EnumMap<>(Operator.class);
        for (FacilityDraft draft : drafts) {
            stateSums.computeIfAbsent(draft.operator, k -> new TreeMap<>()).merge(draft.usps(), draft.weight, Double::sum);
        }
        double[] scaled = new double[drafts.size()];
        Map<Operator, Double> kindTotals = new EnumMap<>(Operator.class);
        for (int i = 0; i < scaled.length; i++) {
            FacilityDraft draft = drafts.get(i);
            scaled[i] = stateVolume(draft) * draft.weight / stateSums.get(draft.operator).get(draft.usps());
            kindTotals.merge(draft.operator, scaled[i], Double::sum);
        }
        List<SampleFacility> facilities = new ArrayList<>(drafts.size());
        double[] probabilities = new double[drafts.size()];
        for (int i = 0; i < scaled.length; i++) {
            FacilityDraft draft = drafts.get(i);
            probabilities[i] = OPERATOR_SHARES.get(draft.operator) * scaled[i] / kindTotals.get(draft.operator);
            facilities.add(draft.toFacility(stateName(draft.usps()), office(draft)));
        }
        return new SampleFacilities(facilities, probabilities);
    }

    private static double stateVolume(FacilityDraft draft) {
        boolean unifiedState = draft.operator == Operator.STATE && StateVolumes.UNIFIED_STATES.contains(draft.usps());
        return StateVolumes.state(draft.usps()) * (unifiedState ? UNIFIED_STATE_FACTOR : 1.0);
    }

    private AorNames.FieldOffice office(FacilityDraft draft) {
        String aor = draft.county.aor() != null ? draft.county.aor() : states.get(draft.usps()).aor();
        return AorNames.office(aor);
    }

    private String stateName(String usps) {
        return states.get(usps).name().toUpperCase(Locale.ROOT);
    }

    /** USPS code for a state's name ("Pennsylvania"), or null. */
    private String stateCode(String name) {
        for (Jurisdiction state : states.values()) {
            if (state.name().equalsIgnoreCase(name)) {
                return state.state();
            }
        }
        return null;
    }

    Jurisdiction county(String usps, String name) {
        Jurisdiction county = countyByName.get(key(usps, name));
        if (county == null) {
            throw new IllegalStateException("the gazetteer has no '" + name + "' in " + usps
                    + "; fix the generator's hand-written facilities or the sample policy table");
        }
        return county;
    }

    private long curatedCount(Operator operator, String usps) {
        return drafts.stream().filter(d -> d.operator == operator && d.usps().equals(usps)).count();
    }

    private boolean hasCuratedMarshals(String usps) {
        return drafts.stream().anyMatch(d -> d.usps().equals(usps) && d.name.startsWith("US MARSHAL"));
    }

    private static boolean isCityCounty(Jurisdiction county) {
        return county.kind() == JurisdictionKind.INDEPENDENT_CITY || county.kind() == JurisdictionKind.DISTRICT;
    }

    private static void repeat(long times, Runnable action) {
        for (long i = 0; i < times; i++) {
            action.run();
        }
    }

    private static String key(String usps, String name) {
        return usps + "|" + name.toLowerCase(Locale.ROOT);
    }

    private static Map<Operator, Double> operatorShares() {
        Map<Operator, Double> shares = new EnumMap<>(Operator.class);
        shares.put(Operator.COUNTY, 0.60);
        shares.put(Operator.STATE, 0.17);
        shares.put(Operator.FEDERAL, 0.09);
        shares.put(Operator.CITY, 0.06);
        shares.put(Operator.PRIVATE, 0.05);
        shares.put(Operator.ICE, 0.03);
        return shares;
    }
}
