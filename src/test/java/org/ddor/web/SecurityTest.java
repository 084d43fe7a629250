package org.ddor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Security headers on every kind of response, escaping, and errors without stack traces. */
class SecurityTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/reports/ddor/week/2025-10-20", "/map", "/jurisdictions", "/data", "/api",
            "/api/releases", "/static/site.css", "/no/such/page", "/reports/ddor/week/not-a-date",
            "/api/jurisdictions/xyz", "/published", "/upload", "/api/imports", "/api/imports/42", "/imports/x"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = WebFixture.get(path);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'").contains("img-src 'self' data:").contains("style-src 'self'")
                .contains("script-src 'none'").contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void pagesHaveNoScriptAndNoInlineStyle() {
        for (String path : new String[] {"/", "/reports/ddor/week/2025-10-20", "/map", "/jurisdictions", "/facilities",
                "/data", "/published", "/published/ddor/2025-10-18..2025-10-24/1", "/upload"}) {
            String body = WebFixture.get(path).body();
            assertThat(body).as(path).doesNotContain("<script").doesNotContain("<style").doesNotContain(" style=")
                    .contains("GENERATED SAMPLE DATA");
        }
        assertThat(WebFixture.get("/api").body()).doesNotContain("<script").doesNotContain(" style=");
    }

    @Test
    void searchTextIsEscaped() {
        HttpResponse<String> response = WebFixture.get("/jurisdictions?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void badPageParametersGetAnHtmlPageWithTheReason() {
        HttpResponse<String> response = WebFixture.get("/reports/ddor/week/2025-02-30");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("Bad request").contains("&#39;2025-02-30&#39;".replace("&#39;", "'"))
                .doesNotContain("Exception").doesNotContain("at org.");
        HttpResponse<String> missing = WebFixture.get("/jurisdictions/00000");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no jurisdiction has the FIPS code 00000");
        HttpResponse<String> nowhere = WebFixture.get("/%3Cb%3Enowhere");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.body()).doesNotContain("<b>nowhere");
    }

    @Test
    void queryTooLongIsRefused() {
        assertThat(WebFixture.get("/api/jurisdictions?q=" + "a".repeat(101)).statusCode()).isEqualTo(400);
    }
}
