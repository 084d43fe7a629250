package org.ddor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every /api endpoint on a real server, with good and bad parameters. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    static JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = WebFixture.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void weeklyReportIsTheModelWithSuppressedValuesLeftOut() throws Exception {
        JsonNode report = ok("/api/reports/ddor/week/2025-10-20");
        assertThat(report.path("header").path("generatedSampleData").asBoolean()).isTrue();
        assertThat(report.path("header").path("parameters").path("period").path("from").asText()).isEqualTo("2025-10-18");
        assertThat(report.path("summary").path("issued").path("value").asLong()).isPositive();
        List<JsonNode> counts = new ArrayList<>();
        collectCounts(report, counts);
        assertThat(counts).isNotEmpty();
        for (JsonNode count : counts) {
            if (count.path("suppressed").asBoolean()) {
                assertThat(count.path("value").isNull()).as(count.toString()).isTrue();
                assertThat(count.path("display").asText()).isEqualTo("<5");
            }
        }
    }

    private static void collectCounts(JsonNode node, List<JsonNode> counts) {
        if (node.has("suppressed") && node.has("display")) {
            counts.add(node);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collectCounts(children.next(), counts);
        }
    }

    @Test
    void rangeQuarterAndFiscalYearReports() throws Exception {
        assertThat(ok("/api/reports/ddor/range/2025-10-01/2025-10-31").path("header").path("parameters").path("period")
                .path("kind").asText()).isEqualTo("RANGE");
        assertThat(ok("/api/reports/ddor/quarter/2025Q4").path("header").path("parameters").path("period")
                .path("label").asText()).isEqualTo("2025Q4");
        assertThat(ok("/api/reports/ddor/fy/2026").path("header").path("parameters").path("period")
                .path("label").asText()).isEqualTo("FY2026");
    }

    @Test
    void reportDownloadsInEveryFormat() {
        HttpResponse<byte[]> zip = WebFixture.bytes("/api/reports/ddor/week/2025-10-20?format=csv");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(new String(zip.body(), 0, 2)).isEqualTo("PK");
        HttpResponse<String> table = WebFixture.get("/reports/ddor/week/2025-10-20?format=csv&table=section1");
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(table.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        HttpResponse<byte[]> pdf = WebFixture.bytes("/reports/ddor/week/2025-10-20?format=pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        HttpResponse<String> html = WebFixture.get("/reports/ddor/week/2025-10-20?format=html");
        assertThat(html.body()).contains("GENERATED SAMPLE DATA");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'").contains("'sha256-").doesNotContain("unsafe-inline");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/reports/ddor/week/2025-13-45|'2025-13-45' is not a date",
            "/api/reports/ddor/week/yesterday|'yesterday' is not a date of the form 2025-04-02",
            "/api/reports/ddor/week/1850-01-01|outside the years 1990 to 2100",
            "/api/reports/ddor/range/2025-10-31/2025-10-01|the range ends (2025-10-01) before it starts (2025-10-31)",
            "/api/reports/ddor/range/1990-01-01/2099-01-01|a range may cover at most",
            "/api/reports/ddor/quarter/2025Q5|is not of the form 2025Q2",
            "/api/reports/ddor/fy/twenty|'twenty' is not a whole number",
            "/api/reports/ddor/week/2025-10-20?format=docx|format must be one of json, csv, html, pdf",
            "/api/reports/ddor/week/2025-10-20?format=json&table=section1|table= needs format=csv",
            "/api/reports/ddor/week/2025-10-20?format=csv&table=passwords|table must be one of",
            "/api/jurisdictions?limit=ten|'ten' is not a whole number",
            "/api/jurisdictions/abc|2-digit state or 5-digit county FIPS code",
            "/api/facilities?status=sideways|status must be one of rule, manual, ambiguous, unresolved",
            "/api/map/counties?measure=arrests|measure must be one of issued, declined",
            "/api/map/counties?from=2025-10-01|give both from= and to=",
            "/api/published/ddor/last-week/1|a published version is /published/KIND/FROM..TO/VERSION"})
    void badParametersAre400WithAMessage(String path, String message) throws Exception {
        HttpResponse<String> response = WebFixture.get(path);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("error").asText()).contains(message);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @ParameterizedTest
    @CsvSource({"/api/jurisdictions/99999", "/api/published/ddor/2025-10-18..2025-10-24/9", "/api/no-such-thing"})
    void missingThingsAre404InJson(String path) throws Exception {
        HttpResponse<String> response = WebFixture.get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("error").asText()).isNotBlank();
    }

    @Test
    void jurisdictionsSearchAndPaginationAreBounded() throws Exception {
        JsonNode all = ok("/api/jurisdictions?limit=100000");
        assertThat(all.path("limit").asInt()).isEqualTo(500);
        assertThat(all.path("items").size()).isEqualTo(500);
        assertThat(all.path("total").asLong()).isGreaterThan(3000);
        JsonNode franklin = ok("/api/jurisdictions?q=franklin&limit=100");
        assertThat(franklin.path("total").asLong()).isGreaterThan(20);
        franklin.path("items").forEach(item -> assertThat(item.path("name").asText().toLowerCase()).contains("franklin"));
        JsonNode second = ok("/api/jurisdictions?q=franklin&limit=5&offset=5");
        assertThat(second.path("items").get(0).path("fips").asText())
                .isEqualTo(franklin.path("items").get(5).path("fips").asText());
        assertThat(second.path("total").asLong()).isEqualTo(franklin.path("total").asLong());
        JsonNode beyond = ok("/api/jurisdictions?q=franklin&limit=5&offset=1000");
        assertThat(beyond.path("items").size()).isZero();
        assertThat(beyond.path("total").asLong()).isEqualTo(franklin.path("total").asLong());
        JsonNode byFips = ok("/api/jurisdictions?q=42091");
        assertThat(byFips.path("items").get(0).path("name").asText()).isEqualTo("Montgomery County");
        assertThat(ok("/api/jurisdictions?q=%25").path("total").asLong()).isZero();
        assertThat(ok("/api/jurisdictions?q=%27%20or%201%3D1%20--").path("total").asLong()).isZero();
    }

    /** The search lists each jurisdiction's policies and facilities as its own page counts them. */
    @Test
    void theSearchCountsWhatTheJurisdictionPageLists() throws Exception {
        int compared = 0;
        for (JsonNode row : ok("/api/jurisdictions?q=PA&limit=500").path("items")) {
            if (row.path("policies").asLong() + row.path("facilities").asLong() > 0) {
                JsonNode page = ok("/api/jurisdictions/" + row.path("fips").asText());
                assertThat(row.path("policies").asLong()).as(row.toString()).isEqualTo(page.path("policies").size());
                assertThat(row.path("facilities").asLong()).as(row.toString()).isEqualTo(page.path("facilities").size());
                if (++compared == 10) {
                    return;
                }
            }
        }
        throw new AssertionError("fewer than 10 jurisdictions of PA have a policy or a facility: " + compared);
    }

    @Test
    void jurisdictionProfile() throws Exception {
        String fips = ok("/api/map/counties").path("counties").get(0).path("fips").asText();
        JsonNode profile = ok("/api/jurisdictions/" + fips);
        assertThat(profile.path("jurisdiction").path("fips").asText()).isEqualTo(fips);
        assertThat(profile.path("facilities").size()).isPositive();
        assertThat(profile.path("months").size()).isPositive();
    }

    @Test
    void countyMapCountsFollowSuppression() throws Exception {
        JsonNode map = ok("/api/map/counties?measure=declined&from=2025-10-01&to=2025-10-31");
        assertThat(map.path("measure").asText()).isEqualTo("declined");
        assertThat(map.path("counties").size()).isPositive();
        map.path("counties").forEach(county -> {
            JsonNode count = county.path("count");
            if (count.path("suppressed").asBoolean()) {
                assertThat(count.path("value").isNull()).isTrue();
            }
        });
    }

    @Test
    void facilitiesWithStatusFilter() throws Exception {
        JsonNode all = ok("/api/facilities?limit=10");
        assertThat(all.path("totals").size()).isPositive();
        assertThat(all.path("facilities").size()).isEqualTo(10);
        JsonNode ambiguous = ok("/api/facilities?status=ambiguous");
        ambiguous.path("facilities").forEach(f -> assertThat(f.path("resolution").asText()).isEqualTo("ambiguous"));
    }

    @Test
    void releasesWithImportSummaries() throws Exception {
        JsonNode releases = ok("/api/releases").path("releases");
        assertThat(releases.size()).isEqualTo(2);
        releases.forEach(release -> {
            assertThat(release.path("generated").asBoolean()).isTrue();
            assertThat(release.path("rowsRead").asLong()).isPositive();
        });
    }

    @Test
    void latestRedirectsToTheLatestCompleteWeek() {
        HttpResponse<String> response = WebFixture.get("/api/reports/ddor/latest");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/api/reports/ddor/week/");
    }

    @Test
    void openApiDocumentsEveryApiRoute() throws Exception {
        JsonNode openapi = ok("/api/openapi.json");
        assertThat(openapi.path("openapi").asText()).startsWith("3.0");
        List<String> documented = new ArrayList<>();
        openapi.path("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).contains("/api/reports/ddor/week/{date}", "/api/reports/ddor/range/{from}/{to}",
                "/api/reports/ddor/quarter/{quarter}", "/api/reports/ddor/fy/{year}", "/api/reports/ddor/latest",
                "/api/published", "/api/published/{kind}/{period}/{version}",
                "/api/published/{kind}/{period}/{from}/diff/{to}", "/api/jurisdictions", "/api/jurisdictions/{fips}",
                "/api/map/counties", "/api/facilities", "/api/releases", "/api/imports", "/api/imports/{id}",
                "/api/openapi.json");
        assertThat(openapi.path("paths").path("/api/imports").has("post")).isTrue();
        HttpResponse<String> page = WebFixture.get("/api");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/api/jurisdictions/{fips}").contains("limit").contains("POST /api/imports")
                .contains("maxRejectShare");
    }
}
