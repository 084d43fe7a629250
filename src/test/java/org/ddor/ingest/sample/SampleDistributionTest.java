package org.ddor.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.Operator;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.ingest.sample.GeneratorOptions.Format;
import org.ddor.ingest.sample.GeneratorOptions.Layout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of 50,000 generated ero-lesa rows: volumes, operators, outcomes, same-name counties, repeats. */
class SampleDistributionTest {

    private static final int DATE = 0;
    private static final int STATE = 1;
    private static final int FACILITY = 8;
    private static final int GENDER = 12;
    private static final int CITIZENSHIP = 13;
    private static final int BIRTH_YEAR = 15;
    private static final int LIFT_REASON = 53;
    private static final int SUBJECT = 59;
    private static final int DUPLICATE = 60;
    private static final String DECLINED = "Detainer Declined by LEA";

    @TempDir
    static Path dir;
    private static GeneratorSummary summary;
    private static List<CsvRecord> rows;
    private static Map<String, SampleFacility> facilityByStateAndName;

    @BeforeAll
    static void generate() {
        Path file = dir.resolve("ero.csv");
        summary = SampleFixtures.generate(GeneratorOptions.of(50_000, 2026, Layout.ERO_LESA, Format.CSV), file);
        List<CsvRecord> all = SampleFixtures.readCsv(file);
        rows = all.subList(1, all.size());
        facilityByStateAndName = SampleFixtures.generator().facilities().all().stream()
                .collect(Collectors.toMap(f -> f.stateName().value() + "|" + f.rawName(), Function.identity()));
    }

    @Test
    void aboutThreeThousandDetainersAWeekWithQuietWeekends() {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        rows.forEach(row -> perDay.merge(LocalDate.parse(row.getField(DATE)), 1, Integer::sum));
        int fullWeeks = (perDay.size() - 1) / 7;
        double weekly = perDay.values().stream().limit(fullWeeks * 7L).mapToInt(Integer::intValue).sum() / (double) fullWeeks;
        double weekday = average(perDay, false);
        double weekend = average(perDay, true);

        assertThat(weekly).isBetween(2_550.0, 3_450.0);
        assertThat(weekend / weekday).isBetween(0.08, 0.30);
        assertThat(summary.firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(summary.lastDay()).isEqualTo(perDay.keySet().stream().max(LocalDate::compareTo).orElseThrow());
    }

    @Test
    void everyOperatorKindReceivesDetainers() {
        Map<Operator, Integer> byOperator = new EnumMap<>(Operator.class);
        rows.forEach(row -> byOperator.merge(facility(row).operator(), 1, Integer::sum));

        assertThat(byOperator.keySet()).containsExactlyInAnyOrder(
                Operator.COUNTY, Operator.CITY, Operator.STATE, Operator.FEDERAL, Operator.PRIVATE, Operator.ICE);
        assertThat(byOperator.values()).allMatch(count -> count > 500);
        assertThat(byOperator.get(Operator.COUNTY)).isGreaterThan(rows.size() / 2);
        assertThat(summary.rowsByOperator().get(Operator.COUNTY)).isEqualTo(byOperator.get(Operator.COUNTY).longValue());
    }

    @Test
    void declinesAreAFewPerCentAndComeFromLocalFacilitiesWithPolicies() {
        long declined = rows.stream().filter(row -> row.getField(LIFT_REASON).equals(DECLINED)).count();
        long bookedOrOpen = rows.stream().filter(row -> Set.of("NA", "Booked into Detention")
                .contains(row.getField(LIFT_REASON))).count();

        assertThat(declined).isEqualTo(summary.declinedRows());
        assertThat(declined / (double) rows.size()).isBetween(0.01, 0.06);
        assertThat(bookedOrOpen / (double) rows.size()).isGreaterThan(0.8);
        assertThat(declineShare(f -> f.operator().isLocal() && f.hasPolicy())).isGreaterThan(0.15);
        assertThat(declineShare(f -> f.operator().isLocal() && !f.hasPolicy())).isBetween(0.002, 0.02);
        assertThat(declineShare(f -> !f.operator().isLocal() && !f.hasPolicy())).isLessThan(0.003);
    }

    @Test
    void kernCountyHasADecliningJailAndStatePrisonsThatDoNotDecline() {
        Map<Operator, long[]> kern = new EnumMap<>(Operator.class);
        for (CsvRecord row : rows) {
            SampleFacility facility = facility(row);
            if (facility.countyFips().equals("06029")) {
                long[] counts = kern.computeIfAbsent(facility.operator(), k -> new long[2]);
                counts[0]++;
                counts[1] += row.getField(LIFT_REASON).equals(DECLINED) ? 1 : 0;
            }
        }

        assertThat(kern).containsKeys(Operator.COUNTY, Operator.STATE, Operator.PRIVATE);
        assertThat(kern.get(Operator.COUNTY)[1]).isGreaterThan(kern.get(Operator.COUNTY)[0] / 10);
        assertThat(kern.get(Operator.STATE)[1]).isLessThanOrEqualTo(1);
    }

    @Test
    void sameNameCountiesAppearInSeveralStates() {
        Gazetteer gazetteer = Gazetteer.load();
        Map<String, Set<String>> statesByName = new HashMap<>();
        for (CsvRecord row : rows) {
            SampleFacility facility = facility(row);
            Jurisdiction county = gazetteer.byFips(facility.countyFips()).orElseThrow();
            if (facility.operator() == Operator.COUNTY) {
                statesByName.computeIfAbsent(Gazetteer.baseName(county), k -> new TreeSet<>()).add(county.state());
            }
        }

        for (String name : List.of("Franklin", "Montgomery", "Washington", "Jefferson", "Chester", "Orange")) {
            assertThat(statesByName.get(name)).as(name).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(rows).filteredOn(row -> row.getField(FACILITY).equals("FRANKLIN COUNTY JAIL"))
                .extracting(row -> row.getField(STATE)).contains("PENNSYLVANIA", "NEW YORK");
    }

    @Test
    void likelyDuplicatesRepeatTheRowBeforeThem() {
        int duplicates = 0;
        for (int i = 1; i < rows.size(); i++) {
            CsvRecord row = rows.get(i);
            if (row.getField(DUPLICATE).equals("TRUE")) {
                duplicates++;
                CsvRecord before = rows.get(i - 1);
                assertThat(row.getField(SUBJECT)).isEqualTo(before.getField(SUBJECT));
                assertThat(row.getField(DATE)).isEqualTo(before.getField(DATE));
                assertThat(row.getField(FACILITY)).isEqualTo(before.getField(FACILITY));
                assertThat(differences(row, before)).isBetween(1, 2);
            }
        }
        assertThat(duplicates).isEqualTo((int) summary.duplicateRows());
        assertThat(duplicates / (double) rows.size()).isBetween(0.004, 0.012);
    }

    @Test
    void someDeclinedPeopleGetALaterDetainerWithinNinetyDays() {
        Map<String, List<LocalDate>> datesBySubject = new HashMap<>();
        rows.stream().filter(row -> row.getField(DUPLICATE).equals("FALSE")).forEach(row -> datesBySubject
                .computeIfAbsent(row.getField(SUBJECT), k -> new java.util.ArrayList<>()).add(LocalDate.parse(row.getField(DATE))));
        LocalDate cutoff = summary.lastDay().minusDays(90);
        List<CsvRecord> declinedEarly = rows.stream().filter(row -> row.getField(LIFT_REASON).equals(DECLINED)
                && row.getField(DUPLICATE).equals("FALSE") && LocalDate.parse(row.getField(DATE)).isBefore(cutoff)).toList();
        long followedUp = declinedEarly.stream().filter(row -> {
            LocalDate declinedOn = LocalDate.parse(row.getField(DATE));
            return datesBySubject.get(row.getField(SUBJECT)).stream()
                    .anyMatch(d -> d.isAfter(declinedOn) && !d.isAfter(declinedOn.plusDays(90)));
        }).count();

        assertThat(declinedEarly).hasSizeGreaterThan(100);
        assertThat(followedUp / (double) declinedEarly.size()).isBetween(0.2, 0.5);
        assertThat(summary.repeatSubjectRows()).isGreaterThan(rows.size() / 200);
    }

    @Test
    void peopleLookLikeThoseOfRealReleases() {
        Map<String, Long> citizenship = rows.stream().collect(Collectors.groupingBy(r -> r.getField(CITIZENSHIP), Collectors.counting()));
        List<String> top = citizenship.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(4).map(Map.Entry::getKey).toList();
        long men = rows.stream().filter(row -> row.getField(GENDER).equals("Male")).count();

        assertThat(top).containsExactly("MEXICO", "GUATEMALA", "HONDURAS", "EL SALVADOR");
        assertThat(citizenship.get("MEXICO") / (double) rows.size()).isBetween(0.4, 0.65);
        assertThat(men / (double) rows.size()).isBetween(0.8, 0.95);
        assertThat(rows).allSatisfy(row -> assertThat(Integer.parseInt(row.getField(BIRTH_YEAR))).isBetween(1949, 2008));
    }

    private static SampleFacility facility(CsvRecord row) {
        return facilityByStateAndName.get(row.getField(STATE) + "|" + row.getField(FACILITY));
    }

    private static double declineShare(java.util.function.Predicate<SampleFacility> which) {
        List<CsvRecord> selected = rows.stream().filter(row -> which.test(facility(row))).toList();
        return selected.stream().filter(row -> row.getField(LIFT_REASON).equals(DECLINED)).count() / (double) selected.size();
    }

    private static double average(Map<LocalDate, Integer> perDay, boolean weekend) {
        return perDay.entrySet().stream()
                .filter(e -> (e.getKey().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0) == weekend)
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
    }

    private static int differences(CsvRecord a, CsvRecord b) {
        int differences = 0;
        for (int i = 0; i < a.getFieldCount(); i++) {
            differences += a.getField(i).equals(b.getField(i)) ? 0 : 1;
        }
        return differences;
    }
}
