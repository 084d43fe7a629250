package org.ddor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Published versions are served from memory once built; built report pages until the store changes. */
class ResponseCacheTest {

    private static final String VERSION = "/published/ddor/" + WebFixture.PUBLISHED_WEEK.from() + ".."
            + WebFixture.PUBLISHED_WEEK.to() + "/1";

    private static long hits() {
        return WebFixture.app().site().cache().counters()[0];
    }

    private static long misses() {
        return WebFixture.app().site().cache().counters()[1];
    }

    @Test
    void aPublishedVersionIsServedFromTheCacheWithItsEtag() {
        for (String path : new String[] {VERSION, "/api" + VERSION}) {
            HttpResponse<byte[]> first = WebFixture.bytes(path);
            long hits = hits();
            long misses = misses();
            HttpResponse<byte[]> second = WebFixture.bytes(path);
            assertThat(hits()).as(path + ": the second request is a cache hit").isEqualTo(hits + 1);
            assertThat(misses()).isEqualTo(misses);
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).isPresent();
            assertThat(second.headers().firstValue("Cache-Control")).hasValue(PublishedPages.IMMUTABLE);
            String etag = second.headers().firstValue("ETag").orElseThrow();
            assertThat(WebFixture.get(path, etag).statusCode()).isEqualTo(304);
        }
    }

    @Test
    void aBuiltReportPageIsBuiltAgainAfterTheStoreChanges() {
        String path = "/reports/ddor/range/2025-10-05/2025-10-11";
        HttpResponse<byte[]> first = WebFixture.bytes(path);
        long hits = hits();
        HttpResponse<byte[]> second = WebFixture.bytes(path);
        assertThat(hits()).isEqualTo(hits + 1);
        assertThat(second.body()).isEqualTo(first.body());

        long generation = WebFixture.app().storeGeneration();
        WebFixture.app().storeChanged();
        assertThat(WebFixture.app().storeGeneration()).isEqualTo(generation + 1);
        long misses = misses();
        HttpResponse<byte[]> third = WebFixture.bytes(path);
        assertThat(misses()).as("built again after the change").isEqualTo(misses + 1);
        assertThat(third.body()).as("the store did not really change").isEqualTo(first.body());
    }

    @Test
    void theCacheIsBoundedAndDropsTheLeastRecentlyUsed() {
        ResponseCache cache = new ResponseCache(1000, 100);
        for (int i = 0; i < 10; i++) {
            cache.put("k" + i, new ResponseCache.Entry(new byte[100], "text/plain", null));
            cache.get("k0");
        }
        cache.put("k10", new ResponseCache.Entry(new byte[100], "text/plain", null));
        assertThat(cache.bytes()).isLessThanOrEqualTo(1000);
        assertThat(cache.size()).isEqualTo(10);
        assertThat(cache.get("k0")).as("recently used").isNotNull();
        assertThat(cache.get("k1")).as("least recently used").isNull();
        cache.put("huge", new ResponseCache.Entry(new byte[200], "text/plain", null));
        assertThat(cache.get("huge")).as("larger than an eighth of the budget").isNull();
        ResponseCache counted = new ResponseCache(1_000_000, 3);
        for (int i = 0; i < 5; i++) {
            counted.put("k" + i, new ResponseCache.Entry(new byte[1], "text/plain", null));
        }
        assertThat(counted.size()).isEqualTo(3);
    }
}
