package org.ddor.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ddor.domain.SourceKind;
import org.ddor.ingest.Layout;
import org.ddor.ingest.sample.GeneratorOptions.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLayoutHeaderTest {

    /** The republication's header without R's index and the republisher's file/sheet/row columns. */
    private static final List<String> ERO_LESA_HEADER = List.of(
            "detainer_prepare_date", "facility_state", "facility_aor", "port_of_departure", "departure_country",
            "departed_date", "case_status", "detainer_prepared_criminality", "detention_facility",
            "detention_facility_code", "facility_city", "detainer_prep_threat_level", "gender",
            "citizenship_country", "birth_country", "birth_year", "entry_status", "most_serious_conviction_charge",
            "msc_sentence_days", "msc_sentence_months", "msc_sentence_years", "msc_charge_code", "msc_charge_date",
            "msc_conviction_date", "felon", "processing_disposition", "case_category", "arrest_time_case_category",
            "arrest_time_current_program", "apprehension_method", "final_order_yes_no", "final_order_date",
            "apprehension_date", "entry_date", "prior_felony_yes_no", "multiple_prior_misd_yes_no",
            "violent_misdemeanor_yes_no", "illegal_entry_yes_no", "illegal_reentry_yes_no",
            "immigration_fraud_yes_no", "significant_risk_yes_no", "other_removal_reason_yes_no",
            "criminal_street_gang_yes_no", "aggravated_felony_yes_no", "deportation_ordered_yes_no",
            "order_show_cause_served_yes_no", "biometric_match_yes_no", "statements_made_yes_no",
            "unlawful_attempt_yes_no", "unlawful_entry_yes_no", "visa_yes_no", "federal_interest_yes_no",
            "resume_custody_yes_no", "detainer_lift_reason", "detainer_lift_reason_code",
            "active_investigation_yes_no", "detainer_type", "notify_release_request_yes_no",
            "tod_current_duty_site", "unique_identifier", "duplicate_likely");
    private static final Set<String> REPUBLISHER_COLUMNS = Set.of("", "file_original", "sheet_original", "row_original");

    @TempDir
    Path dir;

    @Test
    void eroLesaHeaderIsTheRealOne() throws IOException {
        List<String> expected = ERO_LESA_HEADER;
        Path real = realRecords("mn_st_cloud_declined_detainers_fy2026.csv");
        if (Files.exists(real)) {
            expected = header(real).stream().filter(name -> !REPUBLISHER_COLUMNS.contains(name)).toList();
        }
        Path file = dir.resolve("ero.csv");
        SampleFixtures.generate(GeneratorOptions.of(10, 1, GeneratorOptions.Layout.ERO_LESA, Format.CSV), file);

        assertThat(header(file)).hasSize(61).isEqualTo(expected).isEqualTo(ERO_LESA_HEADER);
    }

    @Test
    void foiaHeaderIsTheRealOne() throws IOException {
        List<String> expected = List.of("date", "lift_reason", "det_facility", "city", "state", "detainer_type");
        Path real = realRecords("pa_detainers_2007-10_2015-07.csv");
        if (Files.exists(real)) {
            expected = header(real);
        }
        Path file = dir.resolve("foia.csv");
        SampleFixtures.generate(GeneratorOptions.of(10, 1, GeneratorOptions.Layout.FOIA_2015, Format.CSV), file);

        assertThat(header(file)).isEqualTo(expected);
    }

    @Test
    void xlsxHeadersAreIceStyle() {
        assertThat(new EroLesaLayout(1, false, 0).xlsxHeader())
                .contains("Detainer Prepare Date", "Facility State", "Facility AOR", "Detention Facility Code",
                        "Detainer Lift Reason", "MSC Charge Code", "TOD Current Duty Site", "Unique Identifier");
        assertThat(new Foia2015Layout(1, false).xlsxHeader()).containsExactly(
                "Prepare Date", "Detainer Lift Reason", "Detainer Detention Facility", "City", "State", "Detainer Type");
    }

    @Test
    void theProjectsLayoutDetectionRecognisesEveryHeader() {
        assertThat(Layout.detect(ERO_LESA_HEADER)).get().extracting(Layout.Detected::kind).isEqualTo(SourceKind.ERO_LESA);
        assertThat(Layout.detect(new EroLesaLayout(1, false, 0).xlsxHeader())).get()
                .extracting(Layout.Detected::kind).isEqualTo(SourceKind.ERO_LESA);
        assertThat(Layout.detect(Foia2015Layout.HEADER)).get().extracting(Layout.Detected::kind).isEqualTo(SourceKind.FOIA_2015);
        assertThat(Layout.detect(Foia2015Layout.ICE_HEADER)).get().extracting(Layout.Detected::kind).isEqualTo(SourceKind.FOIA_2015);
    }

    @Test
    void eroLesaValuesLookLikeTheRealFile() throws IOException {
        Path file = dir.resolve("ero.csv");
        SampleFixtures.generate(GeneratorOptions.of(3_000, 4, GeneratorOptions.Layout.ERO_LESA, Format.CSV), file);
        List<String> lines = Files.readAllLines(file);
        List<CsvRecord> records = SampleFixtures.readCsv(file);

        assertThat(lines.get(1)).matches("^2025-10-01,\"[A-Z .]+\",\"[A-Za-z. ]+ Area of Responsibility\",.*,(TRUE|FALSE)$");
        assertThat(Files.readString(file)).contains("\r\n");
        for (CsvRecord row : records.subList(1, records.size())) {
            assertThat(row.getField(0)).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(row.getField(12)).isIn("Male", "Female");
            assertThat(row.getField(15)).matches("(19|20)\\d\\d");
            assertThat(row.getField(7)).isIn("1 Convicted Criminal", "2 Pending Criminal Charges", "3 Other Immigration Violator");
            assertThat(row.getField(10)).isNotBlank();
            assertThat(row.getField(9)).matches("[A-Z0-9]{7}");
            assertThat(row.getField(30)).isIn("YES", "NO", "NA");
            assertThat(row.getField(56)).startsWith("I247A - Immigration Detainer - ");
            assertThat(row.getField(59)).matches("[0-9a-f]{40}");
            assertThat(row.getField(60)).isIn("TRUE", "FALSE");
        }
        List<String> charges = records.subList(1, records.size()).stream().map(r -> r.getField(21)).filter(c -> !c.equals("NA")).toList();
        assertThat(charges).isNotEmpty().allMatch(code -> code.matches("\\d{4}"));
    }

    @Test
    void foiaValuesLookLikeTheRealFile() throws IOException {
        Path file = dir.resolve("foia.csv");
        SampleFixtures.generate(new GeneratorOptions(3_000, 4, GeneratorOptions.Layout.FOIA_2015, Format.CSV, 0,
                java.time.LocalDate.of(2014, 9, 25)), file);
        List<CsvRecord> records = SampleFixtures.readCsv(file);

        assertThat(Files.readString(file)).doesNotContain("\r\n");
        for (CsvRecord row : records.subList(1, records.size())) {
            assertThat(row.getField(0)).matches("\\d{4}-\\d{2}-\\d{2} 00:00:00");
            assertThat(row.getField(4)).matches("[A-Z ]+");
            assertThat(row.getFields()).doesNotContain("NA");
            boolean beforeFy2015 = row.getField(0).compareTo("2014-10-01") < 0;
            assertThat(row.getField(5).isEmpty()).as(row.getField(0)).isEqualTo(beforeFy2015);
        }
        assertThat(records).extracting(r -> r.getField(5)).contains(
                "I247 - Immigration Detainer - Notice of Action (as of March 2013)");
    }

    private static Path realRecords(String name) {
        return Path.of(System.getProperty("ddor.shared", "../shared"), "data", "real", "records", name);
    }

    private static List<String> header(Path file) throws IOException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            return new ArrayList<>(csv.iterator().next().getFields());
        }
    }
}
