package org.ddor.render.html;

/** The parts of the report in reading order: their anchors, headings and contents entries. */
enum Part {
    SUMMARY("summary", "Summary"),
    TREND("trend", "Twelve-week trend"),
    SECTION_I("section-1", "Section I. Detainers issued to jurisdictions with a restrictive policy"),
    SECTION_II("section-2", "Section II. Detainers recorded as declined, by jurisdiction"),
    SECTION_III("section-3", "Section III. Jurisdictions with restrictive policies"),
    SECTION_IV("section-4", "Section IV. Scope and data fidelity"),
    FIGURES("figures", "Appendix. Tracing figures to records");

    private final String anchor;
    private final String heading;

    Part(String anchor, String heading) {
        this.anchor = anchor;
        this.heading = heading;
    }

    String anchor() {
        return anchor;
    }

    String heading() {
        return heading;
    }

    /** Opens the part's {@code <section>} and writes its heading; close with {@link Xhtml#close()}. */
    void open(Xhtml html) {
        html.open("section", "id", anchor, "class", "part", "aria-labelledby", anchor + "-heading");
        html.element("h2", heading, "id", anchor + "-heading");
    }
}
