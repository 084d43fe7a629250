package org.ddor.web;

import java.util.List;
import org.ddor.render.html.Xhtml;

/** The GET forms that choose a page's parameters: without script, every choice ends up in the URL. */
final class Forms {

    private Forms() {
    }

    static void start(Xhtml html, String action) {
        html.open("form", "method", "get", "action", action, "class", "filters");
    }

    static void end(Xhtml html) {
        html.element("button", "Show", "type", "submit");
        html.close();
    }

    /** A labelled choice; with {@code any}, a first option "any" whose value is empty. */
    static void select(Xhtml html, String name, String label, List<String> choices, String chosen, boolean any) {
        html.open("div", "class", "field");
        html.element("label", label, "for", name);
        html.open("select", "id", name, "name", name);
        if (any) {
            html.element("option", "any", "value", "", "selected", chosen == null || chosen.isEmpty() ? "selected" : null);
        }
        for (String choice : choices) {
            html.element("option", choice, "value", choice, "selected", choice.equals(chosen) ? "selected" : null);
        }
        html.close().close();
    }

    /** A labelled input of {@code type} (text, date, number); null value leaves it empty. */
    static void input(Xhtml html, String name, String label, String type, String value, int maxLength) {
        html.open("div", "class", "field");
        html.element("label", label, "for", name);
        html.empty("input", "type", type, "id", name, "name", name, "value", value,
                "maxlength", type.equals("text") ? String.valueOf(maxLength) : null,
                "min", type.equals("number") ? "1" : null,
                "max", type.equals("number") ? String.valueOf(maxLength) : null);
        html.close();
    }

    /** From and to dates of a period, empty for all the data. */
    static void period(Xhtml html, org.ddor.report.Period period) {
        input(html, "from", "From", "date", period == null ? null : period.from().toString(), 10);
        input(html, "to", "To", "date", period == null ? null : period.to().toString(), 10);
    }
}
