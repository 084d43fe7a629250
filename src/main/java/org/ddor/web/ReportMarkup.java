package org.ddor.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddor.render.html.DdorHtmlDocument;
import org.ddor.render.html.DdorHtmlDocument.Medium;
import org.ddor.report.ddor.DdorReport;

/**
 * The report renderer's own markup (org.ddor.render.html), reused on the site: the site shows the body of
 * the very document the HTML and PDF files contain, inside its own frame, with the renderer's stylesheets
 * served as a file. The standalone document (format=html) keeps its inline stylesheets; its responses
 * admit exactly those by hash.
 */
final class ReportMarkup {

    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);
    /** The report's own banner: the site's frame shows the same words at the top of the page instead. */
    private static final Pattern BANNER = Pattern.compile("<div class=\"sample-banner\" role=\"note\">.*?</div>", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style type=\"text/css\">(.*?)</style>", Pattern.DOTALL);

    private ReportMarkup() {
    }

    /**
     * The content of the document's {@code <body>}: title block, {@code <main>} with every part, colophon;
     * without the generated-data banner, which {@link Page} puts at the top of the page.
     */
    static String body(DdorReport report, String versionLabel) {
        String document = DdorHtmlDocument.write(report, versionLabel, Medium.SCREEN);
        Matcher matcher = BODY.matcher(document);
        if (!matcher.find()) {
            throw new IllegalStateException("the HTML report has no <body>");
        }
        return BANNER.matcher(matcher.group(1)).replaceFirst("");
    }

    /** The CSP for a standalone HTML report: no script, nothing fetched, its own inline stylesheets only. */
    static String standaloneContentSecurityPolicy(String document) {
        List<String> hashes = new ArrayList<>();
        Matcher matcher = STYLE.matcher(document);
        while (matcher.find()) {
            hashes.add("'sha256-" + sha256(matcher.group(1)) + "'");
        }
        return "default-src 'none'; img-src data:; style-src " + String.join(" ", hashes)
                + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
