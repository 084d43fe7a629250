package org.ddor.ingest.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ICE ERO-LESA detainer release (2023–) as the Deportation Data Project republishes it: the 61
 * columns of its CSV (the republisher's {@code file_original}, {@code sheet_original} and
 * {@code row_original} and R's row index left out), {@code NA} for missing values, ISO dates,
 * strings in quotes. In xlsx, ICE's style: title rows, Title Case headers, date cells.
 * Not thread-safe (it reuses its holders from row to row).
 */
final class EroLesaLayout implements SampleLayout {

    /** The CSV header, in order. */
    static final List<String> HEADER = List.of(
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

    private static final long CASE_SALT = 0xCA5EL;
    private static final Set<String> ACRONYMS = Set.of("aor", "msc", "tod");
    private static final CellText EMPTY = CellText.of("");
    private static final CellText CLOSED = CellText.of("CLOSED");
    private static final CellText[] YES_NO = {EMPTY, SampleVocabulary.YES, SampleVocabulary.NO};

    private final long runSeed;
    private final boolean csv;
    private final int lastDay;
    private final SubjectTraits person;
    private final EroLesaCase details = new EroLesaCase();
    private final SampleRandom detailRandom = new SampleRandom(0);

    EroLesaLayout(long runSeed, boolean csv, int lastDay) {
        this.runSeed = runSeed;
        this.csv = csv;
        this.lastDay = lastDay;
        this.person = new SubjectTraits(runSeed);
    }

    @Override
    public List<String> csvHeader() {
        return HEADER;
    }

    /** "detainer_prepare_date" → "Detainer Prepare Date", "facility_aor" → "Facility AOR". */
    @Override
    public List<String> xlsxHeader() {
        return HEADER.stream().map(EroLesaLayout::titleCase).toList();
    }

    @Override
    public List<String> xlsxTitles(LocalDate firstDay, LocalDate lastDay) {
        return List.of("U.S. Immigration and Customs Enforcement",
                "ERO Law Enforcement Systems and Analysis - Detainers prepared " + firstDay + " to " + lastDay,
                SampleGenerator.NOT_REAL, "");
    }

    /** "FY2026" (ICE's sheet name), or "FY2026-FY2027" when the rows span fiscal years. */
    @Override
    public String xlsxSheetName(LocalDate firstDay, LocalDate lastDay) {
        int first = fiscalYear(firstDay);
        int last = fiscalYear(lastDay);
        return first == last ? "FY" + first : "FY" + first + "-FY" + last;
    }

    @Override
    public String xlsxDateFormat() {
        return "yyyy-mm-dd";
    }

    @Override
    public void write(DetainerDraft row, RowSink sink) throws IOException {
        person.describe(row.subjectSerial, row.anchorDay);
        detailRandom.reseed(SampleRandom.derive(runSeed, row.detainerSerial, CASE_SALT));
        details.draw(detailRandom, row, person, lastDay);
        writeFacility(row, sink);
        writePerson(row, sink);
        writeCase(sink);
        writeOutcome(row, sink);
        sink.endRow();
    }

    private void writeFacility(DetainerDraft row, RowSink sink) throws IOException {
        SampleFacility facility = row.facility;
        writePrepareDate(row, sink);
        sink.text(row.dirty == DirtyKind.UNKNOWN_STATE ? MalformedValues.UNKNOWN_STATES[row.dirtyVariant] : facility.stateName());
        sink.text(facility.areaOfResponsibility());
        if (details.departed) {
            sink.text(SampleVocabulary.PORTS.get(details.port));
            sink.text(SampleVocabulary.CITIZENSHIP.get(person.citizenship));
            sink.date(details.departedDay);
        } else {
            missing(sink, 3);
        }
        boolean flipStatus = row.duplicate && row.duplicateVariant == 2;
        textOrMissing(sink, details.departed ? CLOSED : flipStatus ? EMPTY : SampleVocabulary.CASE_STATUS.get(details.caseStatus));
        sink.text(SampleVocabulary.CRIMINALITY.get(person.criminality));
        if (row.dirty == DirtyKind.STRAY_QUOTE) {
            sink.malformed(MalformedValues.strayQuote(facility.rawName()));
        } else {
            sink.text(facility.name());
        }
        sink.text(facility.code());
        sink.text(facility.city());
    }

    private void writePrepareDate(DetainerDraft row, RowSink sink) throws IOException {
        if (row.dirty == DirtyKind.IMPOSSIBLE_DATE) {
            sink.malformed(MalformedValues.impossibleDate(row.day, row.dirtyVariant));
        } else if (row.dirty == DirtyKind.GARBLED_DATE) {
            sink.malformed(MalformedValues.garbledDate(row.day, row.dirtyVariant));
        } else if (row.dirty == DirtyKind.MISSING_PREPARE_DATE) {
            sink.missing();
        } else {
            sink.date(row.day);
        }
    }

    private void writePerson(DetainerDraft row, RowSink sink) throws IOException {
        textOrMissing(sink, person.threatLevel < 0 ? EMPTY : SampleVocabulary.THREAT_LEVEL.get(person.threatLevel));
        sink.text(SampleVocabulary.GENDER.get(person.gender));
        sink.text(SampleVocabulary.CITIZENSHIP.get(person.citizenship));
        sink.text(SampleVocabulary.CITIZENSHIP.get(person.birthCountry));
        if (row.dirty == DirtyKind.NON_NUMERIC_BIRTH_YEAR) {
            sink.text(MalformedValues.BIRTH_YEARS[row.dirtyVariant]);
        } else {
            sink.integer(person.birthYear);
        }
        textOrMissing(sink, SampleVocabulary.ENTRY_STATUS.get(person.entryStatus));
        boolean convicted = person.charge >= 0;
        textOrMissing(sink, convicted ? SampleVocabulary.CHARGES.get(person.charge) : EMPTY);
        integerOrMissing(sink, person.sentenceDays);
        integerOrMissing(sink, person.sentenceMonths);
        integerOrMissing(sink, person.sentenceYears);
        textOrMissing(sink, convicted ? SampleVocabulary.CHARGE_CODES[person.charge] : EMPTY);
        dateOrMissing(sink, convicted ? person.chargeDay : EroLesaCase.NO_DATE);
        dateOrMissing(sink, convicted ? person.convictionDay : EroLesaCase.NO_DATE);
        sink.text(person.aggravatedFelon ? SampleVocabulary.AGGRAVATED_FELON : SampleVocabulary.NOT_AGGRAVATED_FELON);
    }

    private void writeCase(RowSink sink) throws IOException {
        sink.text(SampleVocabulary.DISPOSITIONS.get(details.disposition));
        textOrMissing(sink, SampleVocabulary.CASE_CATEGORIES[details.disposition]);
        if (details.arrestDetails) {
            sink.text(SampleVocabulary.ARREST_CASE_CATEGORY);
            sink.text(SampleVocabulary.ARREST_PROGRAM);
            sink.text(SampleVocabulary.APPREHENSION_METHOD);
        } else {
            missing(sink, 3);
        }
        yesNo(sink, details.finalOrder);
        dateOrMissing(sink, details.finalOrder == EroLesaCase.YES ? details.finalOrderDay : EroLesaCase.NO_DATE);
        dateOrMissing(sink, details.apprehensionDay);
        dateOrMissing(sink, details.entryDay);
        for (byte flag : details.flags) {
            yesNo(sink, flag);
        }
    }

    private void writeOutcome(DetainerDraft row, RowSink sink) throws IOException {
        textOrMissing(sink, SampleOutcomes.text(row.liftReason));
        textOrMissing(sink, SampleOutcomes.code(row.liftReason));
        yesNo(sink, details.activeInvestigation);
        CellText type = details.detainerType;
        if (row.duplicate && row.duplicateVariant == 1 && DetainerTypes.otherSpelling(type) != null) {
            type = DetainerTypes.otherSpelling(type);
        }
        textOrMissing(sink, type);
        yesNo(sink, details.notifyRelease);
        boolean dutySite = details.dutySite != (row.duplicate && row.duplicateVariant == 0);
        textOrMissing(sink, dutySite ? row.facility.dutySite() : EMPTY);
        sink.identifier(person.idHigh, person.idLow, person.idTail);
        boolean shortRow = row.dirty == DirtyKind.WRONG_COLUMN_COUNT && row.dirtyVariant % 2 == 1 && csv;
        if (!shortRow) {
            sink.bool(row.duplicate);
        }
        if (row.dirty == DirtyKind.WRONG_COLUMN_COUNT && !shortRow) {
            sink.text(MalformedValues.EXTRA);
        }
    }

    private static void yesNo(RowSink sink, byte flag) throws IOException {
        textOrMissing(sink, YES_NO[flag]);
    }

    private static void textOrMissing(RowSink sink, CellText text) throws IOException {
        if (text.value().isEmpty()) {
            sink.missing();
        } else {
            sink.text(text);
        }
    }

    private static void integerOrMissing(RowSink sink, int value) throws IOException {
        if (value < 0) {
            sink.missing();
        } else {
            sink.integer(value);
        }
    }

    private static void dateOrMissing(RowSink sink, int epochDay) throws IOException {
        if (epochDay == EroLesaCase.NO_DATE) {
            sink.missing();
        } else {
            sink.date(epochDay);
        }
    }

    private static void missing(RowSink sink, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            sink.missing();
        }
    }

    private static int fiscalYear(LocalDate day) {
        return day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
    }

    static String titleCase(String snake) {
        return Arrays.stream(snake.split("_"))
                .map(word -> ACRONYMS.contains(word) ? word.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
