package org.ddor.store.imports;

import org.ddor.cli.CommandLineRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ddor.store.imports.ImportFixtures.fixture;
import static org.ddor.store.imports.ImportFixtures.importFile;
import static org.ddor.store.imports.ImportFixtures.options;
import static org.ddor.store.imports.ImportFixtures.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ddor.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same-name places and operators end to end (DESIGN.md §1.1, §1.4): facilities are attributed by state,
 * not by bare name, state and federal prisons are never their county's, and a person's decision changes the
 * stored facility and applies to later imports.
 */
class FacilityImportTest {

    private static final String FACILITIES = "select raw_name, state, operator, jurisdiction_fips, resolution "
            + "from facility order by state, raw_name";
    private static final String LERDO = "LERDO PRE-TRIAL FACILITY";

    @TempDir
    Path folder;

    @Test
    void sameNamedJailsGoToTheirOwnStatesAndPrisonsInACountyAreNotTheCountys() throws Exception {
        try (Store store = ImportFixtures.openStore(folder)) {
            ImportResult result = importFile(store, fixture("ero_lesa_facilities.csv"), options(folder));

            assertThat(result.facilitiesNew()).isEqualTo(8);
            assertThat(result.facilitiesUnresolved()).isEqualTo(1);
            assertThat(result.recordsUnattributed()).isEqualTo(2);
            assertThat(rows(store, FACILITIES)).containsExactly(
                    List.of("KERN COUNTY JAIL", "CA", "COUNTY", "06029", "RULE"),
                    List.of("KERN VALLEY STATE PRISON", "CA", "STATE", "06", "RULE"),
                    Arrays.asList(LERDO, "CA", "UNKNOWN", null, "UNRESOLVED"),
                    List.of("FRANKLIN CO JAIL", "NY", "COUNTY", "36033", "RULE"),
                    List.of("FRANKLIN COUNTY JAIL", "OH", "COUNTY", "39049", "RULE"),
                    Arrays.asList("FCI ALLENWOOD", "PA", "FEDERAL", null, "RULE"),
                    List.of("FRANKLIN COUNTY JAIL", "PA", "COUNTY", "42055", "RULE"),
                    List.of("SCI GRATERFORD, PA", "PA", "STATE", "42", "RULE"));
            assertThat(rows(store, "select d.subject_key, f.jurisdiction_fips from detainer d join facility f "
                    + "on f.id = d.facility_id where f.raw_name like 'FRANKLIN%' order by d.subject_key")).containsExactly(
                    List.of("e1", "39049"), List.of("e2", "36033"), List.of("e3", "42055"));
        }
    }

    @Test
    void aPersonsDecisionChangesTheStoredFacilityAndAppliesToALaterImport() throws Exception {
        Path db = ImportFixtures.storeFile(folder);
        try (Store store = Store.open(db)) {
            importFile(store, fixture("ero_lesa_facilities.csv"), options(folder));
        }

        CommandLineRun map = CommandLineRun.of("facilities", "map", LERDO, "--state", "CA", "--fips", "06029",
                "--operator", "county", "--why", "the Kern County Sheriff runs Lerdo", "--by", "a reviewer",
                "--db", db.toString());

        assertThat(map.exitCode()).as(map.err()).isZero();
        try (Store store = Store.open(db)) {
            String decided = "decided by a reviewer on " + LocalDate.now() + ": the Kern County Sheriff runs Lerdo";
            assertThat(rows(store, "select operator, jurisdiction_fips, resolution, evidence from facility "
                    + "where raw_name = '" + LERDO + "'")).containsExactly(List.of("COUNTY", "06029", "MANUAL", decided));
            Path later = Files.writeString(folder.resolve("later.csv"), Files.readAllLines(fixture("ero_lesa_facilities.csv"))
                    .get(0) + "\n2025-04-01,CALIFORNIA,San Francisco Area of Responsibility," + LERDO + ",LERDOCA,"
                    + "BAKERSFIELD,NA,e10\n2025-04-02,CALIFORNIA,San Francisco Area of Responsibility," + LERDO
                    + ",NA,BAKERSFIELD,NA,e11\n");

            ImportResult result = importFile(store, later, options(folder));

            assertThat(result.facilitiesNew()).as("the coded facility is new, the uncoded one is stored").isEqualTo(1);
            assertThat(result.recordsUnattributed()).isZero();
            assertThat(rows(store, "select f.ice_code, f.operator, f.jurisdiction_fips, f.resolution, f.evidence "
                    + "from detainer d join facility f on f.id = d.facility_id where d.subject_key in ('e10', 'e11') "
                    + "order by d.subject_key")).containsExactly(List.of("LERDOCA", "COUNTY", "06029", "MANUAL", decided),
                    Arrays.asList(null, "COUNTY", "06029", "MANUAL", decided));
        }
    }
}
