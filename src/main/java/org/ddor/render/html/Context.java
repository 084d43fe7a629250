package org.ddor.render.html;

import org.ddor.render.html.DdorHtmlDocument.Medium;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.ddor.DdorReport;

/**
 * What every part's writer needs: the document being written, the figures written so far, the report,
 * the version label ("unpublished" or "version 2") and the medium. Not thread-safe: one per document.
 */
record Context(Xhtml html, Figures figures, DdorReport report, String versionLabel, Medium medium) {

    Period period() {
        return report.header().parameters().period();
    }

    int threshold() {
        return report.header().parameters().suppression().threshold();
    }

    boolean official() {
        return report.header().parameters().edition() == Edition.OFFICIAL;
    }

    boolean generated() {
        return report.header().generatedSampleData();
    }
}
