package org.ddor.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.JurisdictionKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compares the gazetteer (Census 2023 vintage) with the Census Bureau's 2010 county list in
 * {@code ../shared/data/real/reference/} (skipped where that folder is absent). Every difference
 * must be one of {@link #EXPECTED}, each with the reason for it; an expected difference that no
 * longer occurs fails too, so the list stays true.
 */
class GazetteerCensusComparisonTest {

    private static final String CT_2022 = "Connecticut's 8 counties replaced by 9 planning regions as county-equivalents (Census 2022)";
    private static final String ACCENTS = "2023 Census name is spelt with its Spanish diacritics; the 2010 list is ASCII";

    /** Difference (as {@link #differences} writes it) → why it is expected. */
    static final Map<String, String> EXPECTED = expected();

    private static Map<String, String> expected() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("REMOVED 02261 Valdez-Cordova Census Area", "split in 2019 into Chugach (02063) and Copper River (02066) Census Areas");
        e.put("ADDED 02063 Chugach Census Area", "from Valdez-Cordova Census Area, 2019");
        e.put("ADDED 02066 Copper River Census Area", "from Valdez-Cordova Census Area, 2019");
        e.put("REMOVED 02270 Wade Hampton Census Area", "renamed Kusilvak Census Area with new code 02158, 2015");
        e.put("ADDED 02158 Kusilvak Census Area", "was Wade Hampton Census Area (02270), 2015");
        e.put("RENAMED 02195 Petersburg Census Area -> Petersburg Borough", "Petersburg Borough incorporated, 2013");
        e.put("KIND 02195 H5 -> BOROUGH", "Petersburg Borough incorporated, 2013");
        for (String c : new String[] {"09001 Fairfield", "09003 Hartford", "09005 Litchfield", "09007 Middlesex",
                "09009 New Haven", "09011 New London", "09013 Tolland", "09015 Windham"}) {
            e.put("REMOVED " + c + " County", CT_2022);
        }
        for (String r : new String[] {"09110 Capitol", "09120 Greater Bridgeport", "09130 Lower Connecticut River Valley",
                "09140 Naugatuck Valley", "09150 Northeastern Connecticut", "09160 Northwest Hills",
                "09170 South Central Connecticut", "09180 Southeastern Connecticut", "09190 Western Connecticut"}) {
            e.put("ADDED " + r + " Planning Region", CT_2022);
        }
        e.put("RENAMED 22059 La Salle Parish -> LaSalle Parish", "Census corrected the spelling to the parish's own, LaSalle");
        e.put("RENAMED 35013 Dona Ana County -> Doña Ana County", ACCENTS);
        e.put("REMOVED 46113 Shannon County", "renamed Oglala Lakota County with new code 46102, 2015");
        e.put("ADDED 46102 Oglala Lakota County", "was Shannon County (46113), 2015");
        e.put("REMOVED 51515 Bedford city", "Bedford city became a town and joined Bedford County (51019), 2013");
        e.put("REMOVED 60030 Rose Island", "uninhabited atoll of American Samoa, not in the Census cartographic boundary files");
        e.put("REMOVED 60040 Swains Island", "American Samoa island of under 20 people, not in the Census cartographic boundary files");
        String[][] pr = {{"72011", "Anasco", "Añasco"}, {"72021", "Bayamon", "Bayamón"}, {"72029", "Canovanas", "Canóvanas"},
            {"72033", "Catano", "Cataño"}, {"72045", "Comerio", "Comerío"}, {"72055", "Guanica", "Guánica"},
            {"72075", "Juana Diaz", "Juana Díaz"}, {"72083", "Las Marias", "Las Marías"}, {"72087", "Loiza", "Loíza"},
            {"72091", "Manati", "Manatí"}, {"72097", "Mayaguez", "Mayagüez"}, {"72111", "Penuelas", "Peñuelas"},
            {"72117", "Rincon", "Rincón"}, {"72119", "Rio Grande", "Río Grande"}, {"72125", "San German", "San Germán"},
            {"72131", "San Sebastian", "San Sebastián"}};
        for (String[] m : pr) {
            e.put("RENAMED " + m[0] + " " + m[1] + " Municipio -> " + m[2] + " Municipio", ACCENTS);
        }
        return e;
    }

    @Test
    void everyDifferenceFromTheCensus2010ListIsExplained() throws IOException {
        Path census = sharedFile("census_national_county_2010.txt");
        Set<String> actual = differences(readCensus(census), Gazetteer.load());

        Set<String> unexplained = new TreeSet<>(actual);
        unexplained.removeAll(EXPECTED.keySet());
        Set<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(actual);
        System.out.println("Gazetteer vs Census 2010: " + actual.size() + " differences, " + unexplained.size()
                + " unexplained, " + stale.size() + " expected but absent");
        actual.forEach(d -> System.out.println("  " + d + "  — " + EXPECTED.getOrDefault(d, "UNEXPLAINED")));
        stale.forEach(d -> System.out.println("  expected but absent: " + d));

        assertThat(unexplained).as("differences from Census 2010 not in EXPECTED").isEmpty();
        assertThat(stale).as("EXPECTED differences that no longer occur").isEmpty();
    }

    /** Row of the Census 2010 list: name and class code (H1 county, C7 independent city, H5 census area, ...). */
    record CensusRow(String name, String classCode) { }

    static Map<String, CensusRow> readCensus(Path file) throws IOException {
        Map<String, CensusRow> rows = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] f = line.strip().split(",");
            if (f.length == 5) {
                rows.put(f[1] + f[2], new CensusRow(f[3], f[4]));
            }
        }
        return rows;
    }

    /** Codes only in one list, names that differ, and kinds that disagree with the class code. */
    static Set<String> differences(Map<String, CensusRow> census, Gazetteer gazetteer) {
        Set<String> diffs = new TreeSet<>();
        census.forEach((fips, row) -> gazetteer.byFips(fips).ifPresentOrElse(j -> {
            if (!j.name().equals(row.name())) {
                diffs.add("RENAMED " + fips + " " + row.name() + " -> " + j.name());
            }
            if (kindDisagrees(row.classCode(), j.kind())) {
                diffs.add("KIND " + fips + " " + row.classCode() + " -> " + j.kind());
            }
        }, () -> diffs.add("REMOVED " + fips + " " + row.name())));
        for (Jurisdiction j : gazetteer.counties()) {
            if (!census.containsKey(j.fips())) {
                diffs.add("ADDED " + j.fips() + " " + j.name());
            }
        }
        return diffs;
    }

    /** C7 is an independent city and H5 a census area in both lists, or the kinds disagree. */
    private static boolean kindDisagrees(String classCode, JurisdictionKind kind) {
        return classCode.equals("C7") != (kind == JurisdictionKind.INDEPENDENT_CITY)
                || classCode.equals("H5") != (kind == JurisdictionKind.CENSUS_AREA);
    }

    /** A file of {@code ../shared/data/real/reference/}; the test is skipped when it is absent. */
    static Path sharedFile(String name) {
        Path file = Path.of(System.getProperty("ddor.shared", "../shared"), "data", "real", "reference", name);
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> file + " is absent: comparison skipped");
        return file;
    }
}
