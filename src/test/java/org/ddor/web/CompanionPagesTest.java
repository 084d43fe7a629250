package org.ddor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The companion reports' pages: suppression as in the public edition, sortable rankings, charts, escaping. */
class CompanionPagesTest {

    /** A count cell: its figure key and what it shows. */
    private static final Pattern COUNT_CELL = Pattern.compile("<td class=\"num( suppressed)?\" title=\"[^\"]*\""
            + " data-trace=\"[^\"]*\">([^<]*)</td>");

    private static String page(String path) {
        HttpResponse<String> response = WebFixture.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String someCounty() throws Exception {
        return ApiTest.ok("/api/map/counties").path("counties").get(0).path("fips").asText();
    }

    @Test
    void publicPagesNeverShowACountBelowTheThreshold() throws Exception {
        String fips = someCounty();
        int suppressed = 0;
        int shown = 0;
        for (String path : List.of("/rankings?by=facility&top=1000", "/rankings?by=state&measure=decline-rate",
                "/reports/crimes?jurisdiction=" + fips, "/reports/series?by=week&jurisdiction=" + fips,
                "/reports/followup", "/jurisdictions/" + fips)) {
            Matcher cell = COUNT_CELL.matcher(page(path));
            while (cell.find()) {
                String text = cell.group(2);
                if (cell.group(1) != null) {
                    suppressed++;
                    // "<5", or "≥5" for a count hidden so that a total does not give a suppressed one back.
                    assertThat(text).as(path).isIn("&lt;5", "\u22655");
                } else {
                    shown++;
                    long value = Long.parseLong(text.replace(",", ""));
                    assertThat(value).as(path + ": a shown count").matches(v -> v == 0 || v >= 5);
                }
            }
        }
        assertThat(shown).isPositive();
        assertThat(suppressed).as("the fixture has small facilities, so some counts are suppressed").isPositive();
    }

    @Test
    void aCountHiddenBesideASuppressedOneShowsNoValueEither() throws Exception {
        for (var county : ApiTest.ok("/api/map/counties").path("counties")) {
            String body = page("/jurisdictions/" + county.path("fips").asText());
            if (body.contains("\u22655")) {
                assertThat(body).containsPattern("class=\"num suppressed\"[^>]*>\u22655<");
                return;
            }
        }
        throw new AssertionError("no county profile of the fixture hides a count beside a suppressed one");
    }

    @Test
    void rankingHeadersAreSortLinksThatKeepTheFilters() {
        String body = page("/rankings?by=jurisdiction&measure=declined&from=2025-10-01&to=2025-10-31&sort=issued");
        assertThat(body).contains("aria-sort=\"descending\"");
        assertThat(body).contains("href=\"/rankings?from=2025-10-01&amp;to=2025-10-31&amp;measure=declined&amp;sort=issued"
                + "&amp;dir=asc\"");
        assertThat(body).contains("href=\"/rankings?from=2025-10-01&amp;to=2025-10-31&amp;measure=declined&amp;sort=name\"");
        assertThat(body).containsPattern("<a href=\"/jurisdictions/\\d{5}\" class=\"unit\">");
        assertThat(body).contains("Wilson score interval").contains("GENERATED SAMPLE DATA");
    }

    @Test
    void stateRowsDrillDownToTheirJurisdictions() {
        String body = page("/rankings?by=state");
        assertThat(body).containsPattern("href=\"/rankings\\?state=[A-Z]{2}\" class=\"unit\"");
    }

    @Test
    void seriesPageDrawsItsChartWithoutScript() {
        String body = page("/reports/series?by=week&from=2025-10-04&to=2025-10-31");
        assertThat(body.split("<svg[^>]*class=\"series\"", -1)).hasSize(4);
        assertThat(body).contains("2025-10-25").contains("polyline").doesNotContain("<script");
    }

    @Test
    void followupPageStatesItsMethod() {
        String body = page("/reports/followup?window=30");
        assertThat(body).contains("<h2 id=\"method\">Method</h2>").contains("Censoring: the data end on")
                .contains("Comparison group");
    }

    @Test
    void profilePageHasTheCompanionSections() throws Exception {
        String body = page("/jurisdictions/" + someCounty());
        assertThat(body).contains("Restrictive policies over time").contains("Outcomes")
                .contains("Records not attributable near it").contains("class=\"series\"")
                .contains("Decline rate (95% CI)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/rankings", "/reports/crimes", "/reports/series", "/reports/followup"})
    void companionPagesAreInTheNavigationAndFollowTheSiteRules(String path) {
        String body = page(path);
        assertThat(body).contains("<a href=\"" + path + "\" aria-current=\"page\">");
        assertThat(body).doesNotContain("<script").doesNotContain("<style").doesNotContain(" style=");
        assertThat(body).contains("GENERATED SAMPLE DATA");
    }

    @Test
    void requestTextIsEscapedInErrors() {
        for (String path : List.of("/rankings?aor=%3Cb%3Ex", "/reports/crimes?jurisdiction=%3Cscript%3E",
                "/reports/series?by=%3Cscript%3Ealert(1)")) {
            HttpResponse<String> response = WebFixture.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).doesNotContain("<script>").doesNotContain("<b>x");
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        }
    }
}
