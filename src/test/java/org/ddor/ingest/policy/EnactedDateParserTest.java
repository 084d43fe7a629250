package org.ddor.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class EnactedDateParserTest {

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvFileSource(resources = "/org/ddor/ingest/policy/date_specs.csv", numLinesToSkip = 1)
    void readsEachFormatOrSaysWhy(String id, String text, String date, String precision, String error) {
        if (date == null) {
            assertThatThrownBy(() -> EnactedDateParser.parse(text))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(error);
            return;
        }
        EnactedDate enacted = EnactedDateParser.parse(text);
        assertThat(enacted.date()).as(id).isEqualTo(LocalDate.parse(date));
        assertThat(enacted.precision()).as(id).isEqualTo(EnactedDate.Precision.valueOf(precision));
        assertThat(enacted.raw()).as("raw text kept unchanged").isEqualTo(text);
    }
}
