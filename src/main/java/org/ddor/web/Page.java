package org.ddor.web;

import org.ddor.render.html.Xhtml;

/**
 * The frame of every page: head, site navigation, the generated-data banner, the content area and the
 * footer. Written with {@link Xhtml}, so every value is escaped and the page is well-formed. No script,
 * no inline style: the Content-Security-Policy forbids both. Not thread-safe: one per response.
 */
final class Page {

    /** The banner every page built from generated sample data carries, word for word. */
    static final String SAMPLE_BANNER = "GENERATED SAMPLE DATA \u2014 not real records";

    private static final String[][] NAVIGATION = {
            {"/", "Latest report"}, {"/reports/ddor", "Reports"}, {"/published", "Published versions"},
            {"/rankings", "Rankings"}, {"/reports/series", "Series"}, {"/reports/crimes", "Charges"},
            {"/reports/followup", "Follow-up"},
            {"/jurisdictions", "Jurisdictions"}, {"/map", "County map"}, {"/facilities", "Facilities"},
            {"/data", "Data"}, {"/api", "API"}};

    /** Stands for markup of the program's own renderers until {@link #finish()}; no value can spell it. */
    private static final String PLACEHOLDER = "<ddor-rendered-markup></ddor-rendered-markup>";

    private final Xhtml html;
    private final String contentElement;
    private String renderedMarkup;

    private Page(Xhtml html, String contentElement) {
        this.html = html;
        this.contentElement = contentElement;
    }

    /** A page whose content goes in {@code <main>}. */
    static Page start(String title, boolean generated, String current) {
        return start(title, generated, current, null, "main");
    }

    /**
     * A page.
     *
     * @param extraStylesheet a further stylesheet of the site, or null
     * @param contentElement  "main", or "div" when the content brings its own {@code <main>} (a report)
     */
    static Page start(String title, boolean generated, String current, String extraStylesheet, String contentElement) {
        return start(title, generated, current, extraStylesheet, contentElement, 0);
    }

    /** A page the browser reloads every {@code refreshSeconds} (a meta refresh: no script), e.g. an import's progress. */
    static Page refreshing(String title, boolean generated, String current, int refreshSeconds) {
        return start(title, generated, current, null, "main", refreshSeconds);
    }

    private static Page start(String title, boolean generated, String current, String extraStylesheet,
                              String contentElement, int refreshSeconds) {
        Xhtml html = new Xhtml();
        html.doctype();
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en");
        html.open("head");
        html.empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        if (refreshSeconds > 0) {
            html.empty("meta", "http-equiv", "refresh", "content", Integer.toString(refreshSeconds));
        }
        html.element("title", (generated ? SAMPLE_BANNER + " \u2014 " : "") + title + " \u00b7 DDOR");
        html.empty("link", "rel", "icon", "href", "/static/favicon.svg", "type", "image/svg+xml");
        html.empty("link", "rel", "stylesheet", "href", "/static/site.css");
        if (extraStylesheet != null) {
            html.empty("link", "rel", "stylesheet", "href", extraStylesheet);
        }
        html.close();
        html.open("body");
        html.element("a", "Skip to content", "href", "#content", "class", "skip");
        header(html, current);
        if (generated) {
            banner(html);
        }
        html.open(contentElement, "id", "content", "class", "content");
        return new Page(html, contentElement);
    }

    private static void header(Xhtml html, String current) {
        html.open("header", "class", "site");
        html.open("div", "class", "site-inner");
        html.open("a", "href", "/", "class", "brand").element("strong", "DDOR")
                .element("span", " Declined Detainer Outcome Report").close();
        html.open("nav", "aria-label", "Site").open("ul");
        for (String[] item : NAVIGATION) {
            html.open("li");
            html.element("a", item[1], "href", item[0], "aria-current", item[0].equals(current) ? "page" : null);
            html.close();
        }
        html.close().close().close().close();
    }

    static void banner(Xhtml html) {
        html.open("div", "class", "sample-banner", "role", "note");
        html.element("strong", SAMPLE_BANNER + ".");
        html.text(" Everything on this site is built from DDOR's generated sample data: it describes no real"
                + " person, facility or policy, and none of its figures may be cited as fact.");
        html.close();
    }

    Xhtml html() {
        return html;
    }

    /**
     * Inserts well-formed, escaped markup written by one of DDOR's renderers (the HTML report's body) at
     * this point. Never for text from a request or the store: that goes through {@link #html()}.
     */
    void insertRendered(String markup) {
        if (renderedMarkup != null) {
            throw new IllegalStateException("a page takes one rendered insertion");
        }
        renderedMarkup = markup;
        html.element("ddor-rendered-markup", null);
    }

    /** Closes the content, writes the footer and returns the page. */
    String finish() {
        html.closeThrough(contentElement);
        html.open("footer", "class", "site");
        html.open("p").text("DDOR publishes statistics on U.S. immigration detainers. Small counts are shown as "
                + "\u201c<5\u201d. Definitions of every figure: ");
        html.element("a", "the Data page", "href", "/data#definitions").text(". Machine-readable: ");
        html.element("a", "JSON API", "href", "/api").text(".").close();
        html.closeThrough("html");
        String page = html.finish();
        return renderedMarkup == null ? page : page.replace(PLACEHOLDER, renderedMarkup);
    }
}
