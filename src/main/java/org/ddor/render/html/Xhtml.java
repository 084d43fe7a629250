package org.ddor.render.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A tiny writer of well-formed XHTML (and inline SVG): every element opened is closed, every text and
 * attribute value is escaped, so the output parses as XML (the PDF renderer needs that) and no report
 * value can become markup. Not thread-safe: one per document.
 *
 * <p>Attributes are given as name/value pairs; a null value leaves the attribute out.
 */
public final class Xhtml {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:_-]*");

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();

    public Xhtml() {
        this(new StringBuilder(64 * 1024));
    }

    private Xhtml(StringBuilder out) {
        this.out = out;
    }

    /** Opens {@code name} with attributes (name, value, name, value, …); close it with {@link #close()}. */
    public Xhtml open(String name, String... attributes) {
        startTag(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** Closes the innermost open element. */
    public Xhtml close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no element is open");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Closes open elements until {@code name} is closed; throws if {@code name} is not open. */
    public Xhtml closeThrough(String name) {
        if (!open.contains(name)) {
            throw new IllegalStateException("element <" + name + "> is not open");
        }
        while (!name.equals(open.peek())) {
            close();
        }
        return close();
    }

    /** An element with text content (escaped); null text makes an empty element. */
    public Xhtml element(String name, String text, String... attributes) {
        open(name, attributes);
        text(text);
        return close();
    }

    /** An element without content, written {@code <name ... />}. */
    public Xhtml empty(String name, String... attributes) {
        startTag(name, attributes);
        out.append("/>");
        return this;
    }

    /** Escaped text; null writes nothing. */
    public Xhtml text(String text) {
        if (text != null) {
            escape(text, false);
        }
        return this;
    }

    /**
     * Text written as it is, e.g. a stylesheet of the program. Never for report values. It may not
     * contain '&lt;' or '&amp;', so it can neither open markup nor break the document's well-formedness.
     */
    public Xhtml verbatim(String text) {
        if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
            throw new IllegalArgumentException("verbatim text must not contain '<' or '&'");
        }
        out.append(text);
        return this;
    }

    /** The document written so far; throws if an element is still open. */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements still open: " + open);
        }
        return out.toString();
    }

    /** The HTML5 doctype, which both browsers and XML parsers accept. */
    public Xhtml doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    private void startTag(String name, String... attributes) {
        checkName(name);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes of <" + name + "> must be name/value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                checkName(attributes[i]);
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an element or attribute name");
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\t' -> out.append(attribute ? " " : String.valueOf(c));
                case '\r' -> out.append(attribute ? " " : "");
                default -> out.append(isXmlCharacter(c) ? c : '\uFFFD');
            }
        }
    }

    /** XML 1.0 forbids most control characters, even escaped; a source file may contain them. */
    private static boolean isXmlCharacter(char c) {
        return (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) || c == '\t' || c == '\n' || c == '\r';
    }

    /** The escaped form of {@code text}, for tests and for the odd attribute built by hand. */
    public static String escaped(String text) {
        Xhtml xhtml = new Xhtml(new StringBuilder(text.length() + 16));
        xhtml.escape(text, true);
        return xhtml.out.toString();
    }
}
