package org.ddor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The companion reports' API (rankings, charge categories, series, follow-up, profile) on a real server. */
class CompanionApiTest {

    private static JsonNode ok(String path) throws Exception {
        return ApiTest.ok(path);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** A count's value for ordering: suppressed counts are equal to each other, below every shown count. */
    private static double sortValue(JsonNode count) {
        return count.path("suppressed").asBoolean() ? 0.5 : count.path("value").asDouble();
    }

    @Test
    void rankingShowsNumeratorsDenominatorsAndIntervalsAndPages() throws Exception {
        JsonNode ranking = ok("/api/rankings?measure=decline-rate&top=40&limit=500");
        assertThat(ranking.path("header").path("measure").asText()).isEqualTo("decline-rate");
        assertThat(ranking.path("header").path("generatedSampleData").asBoolean()).isTrue();
        List<JsonNode> rows = list(ranking.path("rows"));
        assertThat(rows).isNotEmpty();
        assertThat(ranking.path("total").asInt()).isEqualTo(rows.size()).isLessThanOrEqualTo(40);
        assertThat(rows.get(0).path("rank").asInt()).isEqualTo(1);
        for (JsonNode row : rows) {
            JsonNode rate = row.path("declineRate");
            assertThat(rate.path("numerator").path("value").asLong()).isEqualTo(row.path("declinedOfIssued").path("value").asLong());
            assertThat(rate.path("denominator").path("value").asLong()).isEqualTo(row.path("issued").path("value").asLong());
            assertThat(rate.path("lower").asDouble()).isLessThanOrEqualTo(rate.path("value").asDouble());
            assertThat(rate.path("upper").asDouble()).isGreaterThanOrEqualTo(rate.path("value").asDouble());
            assertThat(rate.path("display").asText()).matches("\\d+\\.\\d+% \\(.+\\)");
        }
        JsonNode page = ok("/api/rankings?measure=decline-rate&top=40&limit=2&offset=2");
        assertThat(page.path("rows").size()).isEqualTo(2);
        assertThat(page.path("rows").get(0).path("key").asText()).isEqualTo(rows.get(2).path("key").asText());
        assertThat(ok("/api/rankings?top=100000").path("header").path("top").asInt()).isEqualTo(1000);
    }

    @Test
    void suppressedCountsLeaveTheServerAsNull() throws Exception {
        JsonNode ranking = ok("/api/rankings?by=facility&top=1000&limit=500");
        int suppressed = 0;
        for (JsonNode row : ranking.path("rows")) {
            for (String figure : List.of("issued", "declined", "declinedOfIssued", "booked")) {
                JsonNode count = row.path(figure);
                if (count.path("suppressed").asBoolean()) {
                    suppressed++;
                    assertThat(count.path("value").isNull()).as(count.toString()).isTrue();
                    assertThat(count.path("display").asText()).isEqualTo("<5");
                } else {
                    assertThat(count.path("value").asLong()).as(count.toString()).matches(v -> v == 0 || v >= 5);
                }
            }
        }
        assertThat(suppressed).as("the fixture has facilities with 1 to 4 records").isPositive();
    }

    @Test
    void rankingFiltersByStateAorAndOperator() throws Exception {
        JsonNode first = ok("/api/rankings?limit=1").path("rows").get(0);
        String state = first.path("state").asText();
        String aor = first.path("aor").asText();
        List<JsonNode> inState = list(ok("/api/rankings?state=" + state.toLowerCase(Locale.ROOT) + "&top=200&limit=500").path("rows"));
        assertThat(inState).isNotEmpty().allSatisfy(row -> assertThat(row.path("state").asText()).isEqualTo(state));
        List<JsonNode> inAor = list(ok("/api/rankings?aor=" + aor + "&top=200&limit=500").path("rows"));
        assertThat(inAor).isNotEmpty().allSatisfy(row -> assertThat(row.path("aor").asText()).isEqualTo(aor));
        JsonNode county = ok("/api/rankings?by=facility&operator=county&top=200&limit=500");
        assertThat(list(county.path("rows"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.path("kind").asText()).isEqualTo("county"));
        assertThat(county.path("header").path("title").asText()).contains("run by county operators");
        assertThat(county.path("notes").toString()).contains("ranks are within that selection");
    }

    @Test
    void rankingSortsByAColumnWithoutOrderingSuppressedCounts() throws Exception {
        List<JsonNode> byName = list(ok("/api/rankings?top=100&limit=500&sort=name").path("rows"));
        List<String> names = byName.stream().map(row -> row.path("name").asText().toLowerCase(Locale.ROOT)).toList();
        assertThat(names).isSorted();
        List<JsonNode> byBooked = list(ok("/api/rankings?top=100&limit=500&sort=booked&dir=asc").path("rows"));
        for (int i = 1; i < byBooked.size(); i++) {
            double previous = sortValue(byBooked.get(i - 1).path("booked"));
            double current = sortValue(byBooked.get(i).path("booked"));
            assertThat(current).isGreaterThanOrEqualTo(previous);
            if (current == previous) {
                assertThat(byBooked.get(i).path("rank").asInt()).isGreaterThanOrEqualTo(byBooked.get(i - 1).path("rank").asInt());
            }
        }
    }

    @Test
    void rankingAsCsvHasTheIntervalColumns() {
        HttpResponse<String> csv = WebFixture.get("/api/rankings?format=csv&top=5");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains("decline_rate_lower_95", "decline_rate_upper_95");
        assertThat(csv.body().lines().count()).isEqualTo(6);
    }

    @Test
    void chargeCategoriesNationallyAndForAJurisdiction() throws Exception {
        JsonNode crimes = ok("/api/reports/crimes?from=2025-10-01&to=2025-10-31");
        assertThat(crimes.path("categories").size()).isPositive();
        assertThat(crimes.path("header").path("from").asText()).isEqualTo("2025-10-01");
        String fips = ok("/api/map/counties").path("counties").get(0).path("fips").asText();
        JsonNode local = ok("/api/reports/crimes?jurisdiction=" + fips);
        assertThat(local.path("header").path("jurisdiction").asText()).isEqualTo(fips);
        assertThat(local.path("issued").path("value").asLong()).isLessThan(crimes.path("issued").path("value").asLong() + 1);
    }

    /**
     * The map and the ranking of jurisdictions both sum the figures per unit and day: the same period, the
     * same counts (compared in the states of the fixture's busiest counties, so that no ranking is cut at its top).
     */
    @Test
    void theMapCountsWhatTheJurisdictionRankingCounts() throws Exception {
        String period = "from=2025-10-01&to=2025-12-31";
        for (String measure : List.of("issued", "declined")) {
            List<JsonNode> counties = list(ok("/api/map/counties?measure=" + measure + "&" + period).path("counties"));
            List<String> states = counties.stream().filter(c -> c.path("count").path("value").asLong() >= 5)
                    .map(c -> c.path("state").asText()).distinct().limit(3).toList();
            assertThat(states).as(measure).isNotEmpty();
            int counted = 0;
            for (String state : states) {
                java.util.Map<String, String> ranked = new java.util.HashMap<>();
                JsonNode ranking = ok("/api/rankings?by=jurisdiction&measure=" + measure + "&state=" + state
                        + "&top=1000&limit=1000&" + period);
                assertThat(ranking.path("rows").size()).isLessThan(1000);
                assertThat(ranking.path("excluded").path("tiedBeyondTop").asInt()).isZero();
                for (JsonNode row : ranking.path("rows")) {
                    ranked.put(row.path("key").asText(), row.path(measure).path("display").asText());
                }
                for (JsonNode county : counties) {
                    if (county.path("state").asText().equals(state)) {
                        String display = county.path("count").path("display").asText();
                        assertThat(display).as(measure + " of " + county.path("fips").asText())
                                .isEqualTo(ranked.getOrDefault(county.path("fips").asText(), "0"));
                        counted += display.equals("0") ? 0 : 1;
                    }
                }
            }
            assertThat(counted).as(measure).isPositive();
        }
    }

    @Test
    void seriesPerWeekMonthAndFiscalYear() throws Exception {
        JsonNode weeks = ok("/api/reports/series?by=week&from=2025-10-04&to=2025-10-31");
        assertThat(list(weeks.path("buckets")).stream().map(b -> b.path("label").asText()).toList())
                .containsExactly("2025-10-04", "2025-10-11", "2025-10-18", "2025-10-25");
        JsonNode fiscal = ok("/api/reports/series?by=fiscal-year");
        assertThat(fiscal.path("buckets").get(0).path("label").asText()).isEqualTo("FY2026");
        long weekly = 0;
        for (JsonNode bucket : weeks.path("buckets")) {
            weekly += bucket.path("issued").path("value").asLong();
        }
        JsonNode month = ok("/api/reports/series?by=month&from=2025-10-04&to=2025-10-31");
        assertThat(month.path("buckets").get(0).path("issued").path("value").asLong()).isEqualTo(weekly);
    }

    @Test
    void followupStatesItsMethodAndWindow() throws Exception {
        JsonNode followup = ok("/api/reports/followup?window=14");
        assertThat(followup.path("header").path("windowDays").asInt()).isEqualTo(14);
        assertThat(followup.path("method").toString()).contains("Censoring").contains("Comparison group");
        JsonNode period = ok("/api/reports/followup?from=2025-10-01&to=2025-10-10&window=7");
        assertThat(period.path("header").path("from").asText()).isEqualTo("2025-10-01");
    }

    @Test
    void companionProfileOfAJurisdiction() throws Exception {
        String fips = ok("/api/map/counties").path("counties").get(0).path("fips").asText();
        JsonNode profile = ok("/api/jurisdictions/" + fips + "/profile");
        assertThat(profile.path("jurisdiction").path("fips").asText()).isEqualTo(fips);
        assertThat(profile.path("monthly").size()).isPositive();
        assertThat(profile.path("outcomes").size()).isPositive();
        assertThat(profile.path("totals").path("declineRate").has("display")).isTrue();
        JsonNode october = ok("/api/jurisdictions/" + fips + "/profile?from=2025-10-01&to=2025-10-31");
        assertThat(october.path("monthly").size()).isEqualTo(1);
        assertThat(WebFixture.get("/api/jurisdictions/99999/profile").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/rankings?by=county|by must be one of jurisdiction, facility, state, aor, got 'county'",
            "/api/rankings?measure=arrests|measure must be one of issued, declined, decline-rate, booked",
            "/api/rankings?operator=county|operator= applies to facility rankings only (by=facility)",
            "/api/rankings?by=facility&operator=sheriff|operator must be one of county, city, state, federal",
            "/api/rankings?state=Pennsylvania|state must be a two-letter USPS code such as PA",
            "/api/rankings?aor=P1|aor must be an ICE Area of Responsibility code",
            "/api/rankings?sort=height|sort must be one of rank, name, state, aor, issued",
            "/api/rankings?dir=up|dir must be one of asc, desc",
            "/api/rankings?top=many|'many' is not a whole number",
            "/api/rankings?from=2025-10-01|give both from= and to=",
            "/api/rankings?from=2025-10-01&to=2025-02-30|'2025-02-30' is not a date",
            "/api/rankings?format=xml|format must be one of json, csv",
            "/api/reports/series?by=day|by must be one of week, month, fiscal-year",
            "/api/reports/series?jurisdiction=4209|jurisdiction must be a 2-digit state or 5-digit county FIPS code",
            "/api/reports/crimes?jurisdiction=99999|no jurisdiction has FIPS code 99999",
            "/api/reports/crimes?from=1900-01-01&to=1900-12-31|outside the years 1990 to 2100",
            "/api/reports/followup?window=soon|'soon' is not a whole number",
            "/api/reports/followup?from=2025-10-31&to=2025-10-01|the range ends (2025-10-01) before it starts",
            "/api/jurisdictions/4209x/profile|2-digit state or 5-digit county FIPS code"})
    void badParametersAre400WithAMessage(String path, String message) throws Exception {
        HttpResponse<String> response = WebFixture.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = ApiTest.json(response);
        assertThat(body.path("error").asText()).contains(message);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void openApiAndTheApiPageDescribeTheNewEndpoints() throws Exception {
        JsonNode openapi = ok("/api/openapi.json");
        List<String> documented = new ArrayList<>();
        openapi.path("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).contains("/api/rankings", "/api/reports/crimes", "/api/reports/series",
                "/api/reports/followup", "/api/jurisdictions/{fips}/profile");
        assertThat(openapi.path("paths").path("/api/rankings").path("get").path("parameters").toString())
                .contains("\"sort\"", "\"dir\"", "\"operator\"", "\"limit\"", "\"offset\"");
        assertThat(WebFixture.get("/api").body()).contains("GET /api/rankings").contains("GET /api/reports/followup");
    }
}
