package org.ddor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Data page: the releases, then the field definitions (from docs/formats.md) and the figure definitions. */
class DataPageTest {

    @Test
    void showsTheFieldDefinitionsOfAReleaseAndTheFigureDefinitions() {
        String page = WebFixture.get("/data").body();

        assertThat(page).contains("Field definitions: what DDOR reads from a release")
                .contains("<td>prepare date</td>").contains("detainer_prepare_date")
                .contains("<td>declined date</td>").contains("recorded_declined")
                .contains("Every value is trimmed.")
                .doesNotContain("What is stored, what is only reported");
        assertThat(page.indexOf("id=\"fields\"")).isLessThan(page.indexOf("id=\"definitions\""));
    }

    @Test
    void aSectionIsCutFromItsHeadingToTheNextNamedOne() {
        String markdown = "# Title\n\n## a\n\ntext a\n\n## b\n\ntext b\n\n## c\n";

        assertThat(DataPage.section(markdown, "## a", "## c")).isEqualTo("## a\n\ntext a\n\n## b\n\ntext b\n");
    }
}
