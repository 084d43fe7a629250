package org.ddor.domain;

import java.time.LocalDate;

/**
 * The criminality fields ICE records with a detainer. All may be null (missing in the source).
 *
 * @param criminality       ICE's classification, e.g. "1 Convicted Criminal"
 * @param mostSeriousCharge the most serious conviction charge as ICE names it, e.g. "Dangerous Drugs"
 * @param chargeCode        ICE's NCIC-style charge code, e.g. "3599"
 * @param chargeCategory    DDOR's charge category derived from the code (shown in public editions)
 * @param convicted         true when the person has a conviction on record, null when unknown
 * @param chargeDate        date of the charge
 * @param convictionDate    date of the conviction
 */
public record CriminalHistory(String criminality, String mostSeriousCharge, String chargeCode,
                              String chargeCategory, Boolean convicted,
                              LocalDate chargeDate, LocalDate convictionDate) {

    public static final CriminalHistory NONE = new CriminalHistory(null, null, null, null, null, null, null);
}
