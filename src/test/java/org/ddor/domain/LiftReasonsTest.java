package org.ddor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every lift reason seen in the real samples (PA 2007–2015 extract, MN FY2026 release) maps to a defined outcome. */
class LiftReasonsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Booked into Detention            | BOOKED_INTO_ICE_CUSTODY
            Case Closed                      | CASE_CLOSED
            Lifted                           | LIFTED_BY_ICE
            Transferred                      | TRANSFERRED
            Detainer Declined by LEA         | DECLINED_BY_LEA
            Alien Not Subject to Deportation | CITIZEN_OR_NOT_REMOVABLE
            United States Citizen Interviewed| CITIZEN_OR_NOT_REMOVABLE
            Prosecutorial Discretion         | LIFTED_BY_ICE
            Early Release                    | OTHER
            Died                             | DIED
            Lifted - Lack of Funds           | LIFTED_BY_ICE
            Lifted - Lack of Space           | LIFTED_BY_ICE
            DETAINER DECLINED BY LEA         | DECLINED_BY_LEA
            NA                               | UNKNOWN
            NULL                             | UNKNOWN
            """)
    void everyRealLiftReasonHasItsOutcome(String raw, Outcome expected) {
        assertThat(LiftReasons.outcomeOf(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Released on bond by court", "Something ICE adds next year"})
    void unlistedTextIsOtherNeverADecline(String raw) {
        assertThat(LiftReasons.outcomeOf(raw)).isEqualTo(Outcome.OTHER);
        assertThat(LiftReasons.isKnown(raw)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I247A - Immigration Detainer - Notice of Action (as of May 2025) | I247A
            I247 - Immigration Detainer - Notice of Action (as of March 2013)| I247
            I247D - Immigration Detainer - Request for Action                | I247D
            I247N - Immigration Advisal - Request for Notification           | I247N
            I-247X                                                           | I247X
            Notice                                                           | UNKNOWN
            """)
    void detainerTypesAreReadFromIceText(String raw, DetainerType expected) {
        assertThat(DetainerType.of(raw)).isEqualTo(expected);
    }
}
