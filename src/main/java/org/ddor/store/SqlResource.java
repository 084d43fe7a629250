package org.ddor.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads SQL kept as {@code .sql} resources beside the class that uses it. Java assembles no SQL
 * from user text: parameters are bound, never concatenated.
 */
public final class SqlResource {

    private SqlResource() {
    }

    /** The text of {@code name} in {@code owner}'s package; throws if it is missing (a build defect). */
    public static String load(Class<?> owner, String name) {
        return TEXTS.computeIfAbsent(owner.getPackageName() + ":" + name, key -> read(owner, name));
    }

    /** Texts read, by package and name: a resource never changes while the program runs. */
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of {@code ?} parameters in a statement, not counting those inside string literals. */
    public static int placeholders(String sql) {
        int count = 0;
        boolean inString = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                inString = !inString;
            } else if (c == '?' && !inString) {
                count++;
            }
        }
        return count;
    }

    /**
     * Splits a script into statements at semicolons that end a line. Our scripts keep one statement
     * per semicolon-terminated block and no semicolons inside string literals at line ends.
     */
    public static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
