package org.ddor.render.html;

import java.util.ArrayList;
import java.util.List;
import org.ddor.report.Count;

/**
 * Writes every figure of a report the same way and remembers it for the appendix that tells how to
 * list its records (DESIGN.md §5: every figure can be traced to the rows behind it).
 *
 * <p>A figure is written as its {@link Count#display()} — never {@link Count#value()}, so a suppressed
 * count reads "&lt;5" and its value never reaches the page — inside a link to its appendix entry that
 * carries the trace key in {@code data-trace} and the full command in {@code title}. Not thread-safe.
 */
final class Figures {

    /** One figure as the appendix lists it. */
    record Entry(String anchor, String section, String label, Count count) {
    }

    private final TraceCommand command;
    private final List<Entry> entries = new ArrayList<>();

    Figures(TraceCommand command) {
        this.command = command;
    }

    /** Writes the figure inline. */
    void write(Xhtml html, String section, String label, Count count) {
        Entry entry = new Entry("figure-" + (entries.size() + 1), section, label, count);
        entries.add(entry);
        html.element("a", count.display(), "class", count.suppressed() ? "figure suppressed" : "figure",
                "href", "#" + entry.anchor(), "data-trace", count.trace(), "title", command.forFigure(count.trace()));
    }

    /** Writes the figure as a right-aligned table cell. */
    void cell(Xhtml html, String section, String label, Count count) {
        html.open("td", "class", "num");
        write(html, section, label, count);
        html.close();
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    TraceCommand command() {
        return command;
    }
}
