package org.ddor.web;

import io.javalin.http.Context;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered responses kept in memory, least recently used first out, bounded by the sum of their
 * sizes (and a count), so the server's memory stays bounded however many pages are asked for.
 * A hit does no store work at all. Keys say everything the bytes depend on: the request's path and
 * query, and for anything built from the store its generation ({@link Site#generation()}).
 * Thread-safe.
 */
final class ResponseCache {

    /** A response: its body, content type and (possibly null) strong entity tag, quoted. */
    record Entry(byte[] body, String contentType, String etag) {
    }

    private final long maxBytes;
    private final int maxEntries;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    ResponseCache(long maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    /** The cached entry for {@code key}, or null. */
    synchronized Entry get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            misses++;
        } else {
            hits++;
        }
        return entry;
    }

    /** Keeps {@code entry} unless it alone exceeds an eighth of the budget; evicts the least recently used. */
    synchronized void put(String key, Entry entry) {
        if (entry.body().length > maxBytes / 8) {
            return;
        }
        Entry old = entries.put(key, entry);
        bytes += entry.body().length - (old == null ? 0 : old.body().length);
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while ((bytes > maxBytes || entries.size() > maxEntries) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    /** The entry for {@code key}, computed and kept when missing (two racing requests may both compute it). */
    Entry computeIfAbsent(String key, Supplier<Entry> compute) {
        Entry entry = get(key);
        if (entry == null) {
            entry = compute.get();
            put(key, entry);
        }
        return entry;
    }

    /** Drops every entry whose key starts with {@code prefix}. */
    synchronized void evict(String prefix) {
        Iterator<Map.Entry<String, Entry>> all = entries.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<String, Entry> entry = all.next();
            if (entry.getKey().startsWith(prefix)) {
                bytes -= entry.getValue().body().length;
                all.remove();
            }
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }

    /** "hits/misses", for the log and the tests. */
    synchronized long[] counters() {
        return new long[] {hits, misses};
    }

    /** Writes {@code entry} as the response, with its entity tag when it has one. */
    static void respond(Context ctx, Entry entry) {
        if (entry.etag() != null) {
            ctx.header("ETag", entry.etag());
        }
        ctx.contentType(entry.contentType()).result(entry.body());
    }
}
