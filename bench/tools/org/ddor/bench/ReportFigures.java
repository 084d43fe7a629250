package org.ddor.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.ddor.domain.PolicyCategory;
import org.ddor.report.Count;
import org.ddor.report.ddor.DdorReport;

/**
 * The figures and rows of a weekly report as comparable lines, from DDOR's model and from the rows of
 * bench/core/hand_report.sql, so that the harness can check that the hand-written SQL computes the
 * same report it is timed against. Both sides give sorted lists of lines such as "summary issued 2966".
 */
final class ReportFigures {

    private ReportFigures() {
    }

    /** The model's lines. */
    static List<String> of(DdorReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("summary issued " + report.summary().issued().value());
        lines.add("summary declined " + report.summary().declined().value());
        lines.add("summary restricted " + report.summary().issuedToRestricted().value());
        for (int i = 0; i < report.trend().size(); i++) {
            int weeksBack = report.trend().size() - 1 - i;
            addPositive(lines, "trend " + weeksBack + " issued", report.trend().get(i).issued());
            addPositive(lines, "trend " + weeksBack + " declined", report.trend().get(i).declined());
        }
        for (DdorReport.RestrictedJurisdiction row : report.sectionI()) {
            lines.add(String.join(" ", "section1", row.fips(), String.valueOf(row.issued().value()),
                    String.valueOf(row.declined().value()), row.policyCategory(), row.name(), row.state(), row.aor()));
        }
        for (DdorReport.DeclineGroup group : report.sectionII()) {
            for (DdorReport.DeclineRow row : group.rows()) {
                lines.add(String.join(" ", "section2", group.fips(), String.valueOf(row.detainerId()),
                        String.valueOf(row.ageDays()), text(row.citizenship()), text(row.chargeCategory()),
                        text(row.charge()), text(row.criminality()), row.issued()));
            }
        }
        report.sectionIII().forEach(policy -> lines.add("section3 " + policy.fips() + " " + policy.enacted()));
        DdorReport.DataFidelity fidelity = report.sectionIV();
        fidelity.sources().forEach(source -> lines.add("source " + source.releaseId() + " " + source.records()));
        for (DdorReport.Exclusion exclusion : fidelity.exclusions()) {
            addPositive(lines, "excluded " + code(exclusion.issued()) + " issued", exclusion.issued());
            addPositive(lines, "excluded " + code(exclusion.declined()) + " declined", exclusion.declined());
        }
        fidelity.placementRules().forEach(rule -> lines.add("placed " + rule.declines().trace().substring(
                "section4/placed/".length()) + " " + rule.declines().value()));
        fidelity.bursts().forEach(burst -> lines.add(String.join(" ", "burst", burst.fips(), burst.day().toString(),
                String.valueOf(burst.declines().value()), String.valueOf(burst.medianAgeDays()))));
        lines.add("old " + fidelity.oldDeclines().value());
        lines.add("transferred " + fidelity.transfersReattributed().value());
        lines.add("disputes " + fidelity.openDisputes());
        lines.add("range " + report.header().dataFrom() + " " + report.header().dataTo());
        Collections.sort(lines);
        return lines;
    }

    /** One row of the hand-written SQL (part, k, v, n1, n2, n3, day), as text. */
    static String handRow(ResultSet row) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int column = 1; column <= 7; column++) {
            values.add(String.valueOf(row.getString(column)));
        }
        return String.join("\t", values);
    }

    /** The hand-written SQL's lines, from its rows as {@link #handRow} gives them. */
    static List<String> canonical(List<String> handRows) {
        List<String> lines = new ArrayList<>();
        String first = null;
        String last = null;
        for (String handRow : handRows) {
            String[] v = handRow.split("\t", -1);
            switch (v[0]) {
                case "summary" -> {
                    lines.add("summary issued " + v[3]);
                    lines.add("summary declined " + v[4]);
                    lines.add("summary restricted " + v[5]);
                }
                case "trend" -> lines.add("trend " + v[1] + " issued " + v[3]);
                case "trend-declined" -> lines.add("trend " + v[1] + " declined " + v[3]);
                case "section1" -> {
                    String[] t = v[2].split("\\|", -1);
                    lines.add(String.join(" ", "section1", v[1], v[3], v[4], PolicyCategory.valueOf(t[0]).label(), t[1],
                            t[2], t[3]));
                }
                case "section2" -> {
                    String[] t = v[2].split("\\|", -1);
                    lines.add(String.join(" ", "section2", v[1], v[3], v[4], t[0], t[1], t[2], t[3], t[4]));
                }
                case "section3" -> lines.add("section3 " + v[1] + " " + v[6]);
                case "sources" -> lines.add("source " + v[1] + " " + v[3]);
                case "exclusion-issued" -> lines.add("excluded " + v[1] + " issued " + v[3]);
                case "exclusion-declined" -> lines.add("excluded " + v[1] + " declined " + v[3]);
                case "placement" -> lines.add("placed " + v[1] + " " + v[3]);
                case "burst" -> lines.add(String.join(" ", "burst", v[1], v[6], v[3], v[4]));
                case "fidelity" -> {
                    lines.add("old " + v[3]);
                    lines.add("transferred " + v[4]);
                    lines.add("disputes " + v[5]);
                }
                case "range" -> first = v[6];
                case "range-last" -> last = v[6];
                default -> throw new IllegalStateException("hand-written SQL gave a row of unknown part " + v[0]);
            }
        }
        lines.add("range " + first + " " + last);
        Collections.sort(lines);
        return lines;
    }

    /** Prints the lines only one side has (at most 20 of each). */
    static void printDifference(List<String> model, List<String> hand) {
        TreeSet<String> onlyModel = new TreeSet<>(model);
        hand.forEach(onlyModel::remove);
        TreeSet<String> onlyHand = new TreeSet<>(hand);
        model.forEach(onlyHand::remove);
        onlyModel.stream().limit(20).forEach(line -> System.out.println("  only DDOR:         " + line));
        onlyHand.stream().limit(20).forEach(line -> System.out.println("  only hand-written: " + line));
    }

    private static void addPositive(List<String> lines, String label, Count count) {
        if (count.value() > 0) {
            lines.add(label + " " + count.value());
        }
    }

    private static String code(Count count) {
        String[] parts = count.trace().split("/");
        return parts[2];
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
