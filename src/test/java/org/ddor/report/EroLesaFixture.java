package org.ddor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.ImportResult;
import org.ddor.store.imports.Importer;

/**
 * Writes small detainer files in ICE's ERO-LESA layout (the columns of the Deportation Data
 * Project's republication, NA for missing) and imports them into a fresh store, for report tests.
 * Each row is one detainer; the test states every value it relies on.
 */
public final class EroLesaFixture {

    /** A facility as ICE names it; the facility resolution rules decide who runs it. */
    public record Facility(String name, String code, String city, String state) {
    }

    public static final Facility MONTGOMERY = new Facility("MONTGOMERY CNTY JAIL, PA", "MONTGPA", "NORRISTOWN", "PENNSYLVANIA");
    public static final Facility BUCKS = new Facility("BUCKS CNTY JAIL, PA", "BUCKSPA", "DOYLESTOWN", "PENNSYLVANIA");
    public static final Facility CHESTER = new Facility("CHESTER CNTY JAIL, PA", "CHESTPA", "WEST CHESTER", "PENNSYLVANIA");
    public static final Facility SCI_CHESTER = new Facility("SCI CHESTER", "SCICHPA", "CHESTER", "PENNSYLVANIA");
    public static final Facility FCI_LORETTO = new Facility("FCI LORETTO", "FCILOPA", "LORETTO", "PENNSYLVANIA");
    public static final Facility CHESTER_CITY = new Facility("CHESTER CITY LOCKUP", "CHCITPA", "CHESTER", "PENNSYLVANIA");
    public static final Facility MONTGOMERY_TX = new Facility("MONTGOMERY CO DET CTR", "MONTGTX", "CONROE", "TEXAS");

    public static final String DECLINED = "Detainer Declined by LEA";
    public static final String BOOKED = "Booked into ICE Custody";
    public static final String LIFTED = "Detainer Lifted";
    public static final String CASE_CLOSED = "Case Closed";
    public static final String NONE = "NA";

    private static final String HEADER = "\"\",\"detainer_prepare_date\",\"facility_state\",\"facility_aor\",\"case_status\","
            + "\"detention_facility\",\"detention_facility_code\",\"facility_city\",\"gender\",\"citizenship_country\","
            + "\"birth_year\",\"most_serious_conviction_charge\",\"msc_charge_code\",\"msc_charge_date\","
            + "\"msc_conviction_date\",\"detainer_prepared_criminality\",\"detainer_lift_reason\",\"detainer_type\","
            + "\"notify_release_request_yes_no\",\"unique_identifier\",\"duplicate_likely\"";

    private final List<String> rows = new ArrayList<>();

    /** A detainer without a conviction charge ("2 Pending Criminal Charges"); subject null for none. */
    public EroLesaFixture add(String issued, Facility facility, String liftReason, String subject) {
        return add(issued, facility, liftReason, subject, null, null);
    }

    /**
     * A detainer.
     *
     * @param charge     ICE's most serious conviction charge text, or null for none
     * @param chargeCode its NCIC code (e.g. 3599, Dangerous drugs), or null
     */
    public EroLesaFixture add(String issued, Facility facility, String liftReason, String subject, String charge,
                       String chargeCode) {
        String criminality = charge == null ? "2 Pending Criminal Charges" : "1 Convicted Criminal";
        rows.add(String.join(",", quote(Integer.toString(rows.size() + 1)), issued, quote(facility.state()),
                quote("Philadelphia Area of Responsibility"), quote("ACTIVE"), quote(facility.name()),
                quote(facility.code()), quote(facility.city()), quote("Male"), quote("MEXICO"), "1990",
                charge == null ? "NA" : quote(charge), chargeCode == null ? "NA" : quote(chargeCode), "NA", "NA",
                quote(criminality), liftReason.equals(NONE) ? "NA" : quote(liftReason),
                quote("I247A - Immigration Detainer - Notice of Action (as of May 2025)"), "NA",
                subject == null ? "NA" : quote(subject), "FALSE"));
        return this;
    }

    /** A row ICE flags duplicate_likely, repeating the subject's detainer of that day at that facility. */
    public EroLesaFixture addDuplicate(String issued, Facility facility, String liftReason, String subject) {
        add(issued, facility, liftReason, subject);
        String row = rows.remove(rows.size() - 1);
        rows.add(row.substring(0, row.length() - "FALSE".length()) + "TRUE");
        return this;
    }

    /** {@code count} detainers alike but for their subjects (named prefix-1, prefix-2, ...). */
    public EroLesaFixture addMany(int count, String issued, Facility facility, String liftReason, String subjectPrefix) {
        for (int i = 1; i <= count; i++) {
            add(issued, facility, liftReason, subjectPrefix + "-" + i);
        }
        return this;
    }

    /** Writes the file and imports it into a new store in {@code folder}; the caller closes the store. */
    public Store importInto(Path folder) {
        Path file = write(folder.resolve("detainers.csv"));
        Store store = Store.open(folder.resolve("ddor.duckdb"));
        ImportResult result = new Importer(store).importFile(file,
                ImportOptions.defaults().withRejectsFile(folder.resolve("rejects.csv")), ImportProgress.SILENT);
        if (result.rowsRejected() > 0) {
            throw new AssertionError("fixture rows were rejected: see " + folder.resolve("rejects.csv"));
        }
        return store;
    }

    public Path write(Path file) {
        try {
            Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports another file (a policy table, a foia-2015 extract) into an open store. */
    public static void importFile(Store store, Path file, Path folder) {
        new Importer(store).importFile(file, ImportOptions.defaults().withRejectsFile(folder.resolve("rejects-"
                + file.getFileName() + ".csv")), ImportProgress.SILENT);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
