package org.ddor.render.html;

import static org.ddor.render.html.Tables.Column.number;
import static org.ddor.render.html.Tables.Column.text;

import org.ddor.render.html.Figures.Entry;

/** The appendix every figure links to: its key, and the command that lists the records behind it. */
final class TraceAppendix {

    private TraceAppendix() {
    }

    static void write(Context context) {
        Xhtml html = context.html();
        Figures figures = context.figures();
        Part.FIGURES.open(html);
        html.open("p").text("Every figure in this report links to its line below. To list the records behind a figure,"
                + " run the command with the figure's key (keys with spaces in quotes):");
        html.close();
        html.element("pre", figures.command().template(), "class", "command");
        Tables.start(html, "figures", "Figures of this report and their keys", number("Ref.", "w-ref"),
                text("Part", "w-part"), text("Figure", "w-figure"), number("Shown", "w-shown"), text("Key", "w-key"));
        for (Entry entry : figures.entries()) {
            html.open("tr", "id", entry.anchor());
            Tables.numberCell(html, entry.anchor().substring(entry.anchor().indexOf('-') + 1));
            html.element("td", entry.section(), "class", "nowrap");
            Tables.cell(html, entry.label());
            Tables.numberCell(html, entry.count().display());
            html.element("td", entry.count().trace(), "class", "key", "data-trace", entry.count().trace());
            html.close();
        }
        Tables.end(html);
        html.close();
    }
}
