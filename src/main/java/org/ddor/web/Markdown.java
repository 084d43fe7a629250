package org.ddor.web;

import java.util.List;
import org.ddor.render.html.Xhtml;

/**
 * The small part of Markdown DDOR's own docs use, as escaped XHTML: headings, paragraphs, bullet lists,
 * pipe tables and indented or fenced code. Inline markup (emphasis, code, links) stays as text. Only for
 * the project's own documents; every character is escaped all the same.
 */
final class Markdown {

    private Markdown() {
    }

    static void write(Xhtml html, String markdown, int headingShift) {
        List<String> lines = markdown.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith("```")) {
                i = fenced(html, lines, i);
            } else if (line.startsWith("    ")) {
                i = indented(html, lines, i);
            } else if (line.startsWith("#")) {
                int level = Math.min(6, (int) line.chars().takeWhile(c -> c == '#').count() + headingShift);
                html.element("h" + level, line.replaceFirst("^#+\\s*", ""));
                i++;
            } else if (line.startsWith("|")) {
                i = table(html, lines, i);
            } else if (line.startsWith("- ") || line.startsWith("* ") || line.matches("\\d+\\. .*")) {
                i = list(html, lines, i);
            } else {
                i = paragraph(html, lines, i);
            }
        }
    }

    private static int fenced(Xhtml html, List<String> lines, int start) {
        StringBuilder code = new StringBuilder();
        int i = start + 1;
        while (i < lines.size() && !lines.get(i).startsWith("```")) {
            code.append(lines.get(i++)).append('\n');
        }
        html.open("pre").element("code", code.toString()).close();
        return i + 1;
    }

    private static int indented(Xhtml html, List<String> lines, int start) {
        StringBuilder code = new StringBuilder();
        int i = start;
        while (i < lines.size() && (lines.get(i).startsWith("    ") || lines.get(i).isBlank())) {
            code.append(lines.get(i).length() >= 4 ? lines.get(i).substring(4) : "").append('\n');
            i++;
        }
        html.open("pre").element("code", code.toString().stripTrailing()).close();
        return i;
    }

    private static int table(Xhtml html, List<String> lines, int start) {
        html.open("div", "class", "table-wrap").open("table", "class", "doc-table");
        int i = start;
        boolean header = true;
        html.open("thead");
        while (i < lines.size() && lines.get(i).startsWith("|")) {
            String line = lines.get(i++);
            if (line.matches("\\|[\\s:|-]+\\|?\\s*")) {
                html.close().open("tbody");
                header = false;
                continue;
            }
            html.open("tr");
            for (String cell : cells(line)) {
                html.element(header ? "th" : "td", cell, "scope", header ? "col" : null);
            }
            html.close();
        }
        html.closeThrough("table").close();
        return i;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        return List.of(inner.split("(?<!\\\\)\\|")).stream().map(String::strip).toList();
    }

    private static int list(Xhtml html, List<String> lines, int start) {
        boolean ordered = lines.get(start).matches("\\d+\\. .*");
        html.open(ordered ? "ol" : "ul");
        int i = start;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            String line = lines.get(i++);
            StringBuilder item = new StringBuilder(line.replaceFirst("^(- |\\* |\\d+\\. )", ""));
            while (i < lines.size() && lines.get(i).startsWith("  ") && !lines.get(i).isBlank()) {
                item.append(' ').append(lines.get(i++).strip());
            }
            html.element("li", item.toString());
        }
        html.close();
        return i;
    }

    private static int paragraph(Xhtml html, List<String> lines, int start) {
        StringBuilder text = new StringBuilder();
        int i = start;
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#")
                && !lines.get(i).startsWith("|") && !lines.get(i).startsWith("```")) {
            text.append(text.length() == 0 ? "" : " ").append(lines.get(i++).strip());
        }
        html.element("p", text.toString());
        return i;
    }
}
