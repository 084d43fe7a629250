package org.ddor.ingest;

import java.util.List;
import java.util.Locale;

/**
 * The detainer fields DDOR reads, each with the header spellings it is known by. Headers are
 * matched after {@link #normalise(String)}: case, spaces and punctuation are ignored, so
 * "Detainer Prepare Date", "detainer_prepare_date" and "DETAINER-PREPARE-DATE" are one name.
 * {@link #column()} is the name the field has in DDOR's staging tables.
 */
public enum DetainerField {
    ISSUED("issued_raw", "detainerpreparedate", "preparedate", "date", "detainerprepdate", "issueddate"),
    LIFT_REASON("lift_reason_raw", "detainerliftreason", "liftreason"),
    FACILITY("facility_raw", "detentionfacility", "detfacility", "detainerdetentionfacility",
            "detainerfacility", "receivingfacility"),
    FACILITY_CODE("facility_code_raw", "detentionfacilitycode", "detfacilitycode", "facilitycode"),
    CITY("city_raw", "facilitycity", "city", "detainerfacilitycity"),
    STATE("state_raw", "facilitystate", "state", "detainerfacilitystate"),
    AOR("aor_raw", "facilityaor", "aor", "areaofresponsibility"),
    TYPE("type_raw", "detainertype"),
    CITIZENSHIP("citizenship_raw", "citizenshipcountry", "citizenship", "countryofcitizenship"),
    GENDER("gender_raw", "gender", "sex"),
    BIRTH_YEAR("birth_year_raw", "birthyear", "yearofbirth"),
    CRIMINALITY("criminality_raw", "detainerpreparedcriminality", "criminality", "preparedcriminality"),
    MSC_CHARGE("msc_charge_raw", "mostseriousconvictioncharge", "msccharge", "mostseriouscharge"),
    MSC_CHARGE_CODE("msc_charge_code_raw", "mscchargecode", "mostseriousconvictionchargecode"),
    MSC_CHARGE_DATE("msc_charge_date_raw", "mscchargedate"),
    MSC_CONVICTION_DATE("msc_conviction_date_raw", "mscconvictiondate"),
    SUBJECT_KEY("subject_key_raw", "uniqueidentifier", "uniqueid", "subjectkey", "anonymizedidentifier"),
    DUPLICATE_LIKELY("duplicate_likely_raw", "duplicatelikely"),
    LIFT_DATE("lift_date_raw", "detainerliftdate", "liftdate", "outcomedate"),
    DECLINED_DATE("declined_date_raw", "detainerdeclineddate", "declineddate", "recordeddeclineddate");

    private final String column;
    private final List<String> aliases;

    DetainerField(String column, String... aliases) {
        this.column = column;
        this.aliases = List.of(aliases);
    }

    /** The field's column in DDOR's staging tables (an identifier DDOR chose, never file text). */
    public String column() {
        return column;
    }

    /** True when a header cell, after {@link #normalise(String)}, names this field. */
    public boolean matches(String normalisedHeader) {
        return aliases.contains(normalisedHeader);
    }

    /** Lower case letters and digits only: "Facility State" and "facility_state" both give "facilitystate". */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
