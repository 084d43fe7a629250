package org.ddor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Published versions are immutable: strong ETag (the content hash), a year's caching, 304 on a match. */
class PublishedVersionsTest {

    private static final String PERIOD = WebFixture.PUBLISHED_WEEK.from() + ".." + WebFixture.PUBLISHED_WEEK.to();

    @Test
    void listsBothVersions() throws Exception {
        JsonNode versions = ApiTest.ok("/api/published");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("period").asText()).isEqualTo(PERIOD);
        assertThat(WebFixture.get("/published").body()).contains("changes from version 1");
    }

    @Test
    void versionIsServedFromItsFrozenJsonWithAStrongEtag() throws Exception {
        HttpResponse<String> first = WebFixture.get("/api/published/ddor/" + PERIOD + "/1");
        assertThat(first.statusCode()).isEqualTo(200);
        String hash = ApiTest.ok("/api/published").get(1).path("contentHash").asText();
        assertThat(first.headers().firstValue("ETag")).hasValue("\"" + hash + "\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(sha256(first.body())).isEqualTo(hash);

        HttpResponse<String> again = WebFixture.get("/api/published/ddor/" + PERIOD + "/1", "\"" + hash + "\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue("\"" + hash + "\"");

        HttpResponse<String> other = WebFixture.get("/api/published/ddor/" + PERIOD + "/1", "\"not-it\"");
        assertThat(other.statusCode()).isEqualTo(200);
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void versionPageShowsTheFrozenReportAndAlso304s() {
        HttpResponse<String> page = WebFixture.get("/published/ddor/" + PERIOD + "/2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("version 2").contains("Section I shortened to 5")
                .contains("GENERATED SAMPLE DATA").contains("Section IV");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(WebFixture.get("/published/ddor/" + PERIOD + "/2", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void diffBetweenVersions() throws Exception {
        JsonNode diff = ApiTest.ok("/api/published/ddor/" + PERIOD + "/1/diff/2");
        assertThat(diff.path("changes").size()).isPositive();
        assertThat(diff.path("changes").toString()).contains("Section I: removed");
        HttpResponse<String> page = WebFixture.get("/published/ddor/" + PERIOD + "/1/diff/2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Section I shortened to 5");
    }
}
