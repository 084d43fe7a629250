package org.ddor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.ddor.render.html.Xhtml;

/** The API's description: the hand-written OpenAPI 3.0 document, and a page for people that renders it. */
final class ApiPage {

    static final String OPENAPI = StaticFiles.resource("/org/ddor/web/openapi.json");
    private static final JsonNode DOCUMENT = parse(OPENAPI);

    private ApiPage() {
    }

    static void routes(RoutesConfig routes) {
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(OPENAPI));
        routes.get("/api", ApiPage::page);
    }

    private static void page(Context ctx) {
        Page page = Page.start("API", false, "/api");
        Xhtml html = page.html();
        html.element("h1", DOCUMENT.path("info").path("title").asText());
        html.element("p", DOCUMENT.path("info").path("description").asText());
        html.open("p").text("Machine-readable description (OpenAPI 3.0): ");
        html.element("a", "/api/openapi.json", "href", "/api/openapi.json").close();
        for (Iterator<Map.Entry<String, JsonNode>> paths = DOCUMENT.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                operation(html, path.getKey(), method.getKey(), method.getValue());
            }
        }
        ctx.html(page.finish());
    }

    private static void operation(Xhtml html, String path, String method, JsonNode operation) {
        html.open("section", "class", "endpoint");
        html.open("h2").element("code", method.toUpperCase(java.util.Locale.ROOT) + " " + path).close();
        html.element("p", operation.path("summary").asText());
        if (operation.has("description")) {
            html.element("p", operation.path("description").asText());
        }
        JsonNode parameters = operation.path("parameters");
        if (parameters.size() > 0) {
            Format.table(html, "parameters", "Parameters of " + path, "Name", "In", "Required", "Description");
            for (JsonNode parameter : parameters) {
                html.open("tr");
                html.open("th", "scope", "row").element("code", parameter.path("name").asText()).close();
                Format.cell(html, parameter.path("in").asText());
                Format.cell(html, parameter.path("required").asBoolean(false) ? "yes" : "no");
                Format.cell(html, parameter.path("description").asText());
                html.close();
            }
            Format.endTable(html);
        }
        formFields(html, path, operation.path("requestBody").path("content").path("multipart/form-data").path("schema"));
        html.open("ul", "class", "responses");
        for (Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields(); responses.hasNext(); ) {
            Map.Entry<String, JsonNode> response = responses.next();
            html.element("li", response.getKey() + ": " + response.getValue().path("description").asText());
        }
        html.close();
        html.close();
    }

    /** A multipart request body's fields, as a table like the parameters'. */
    private static void formFields(Xhtml html, String path, JsonNode schema) {
        if (!schema.has("properties")) {
            return;
        }
        Format.table(html, "parameters", "Form fields of POST " + path, "Name", "Type", "Required", "Description");
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            html.open("tr");
            html.open("th", "scope", "row").element("code", field.getKey()).close();
            Format.cell(html, field.getValue().path("format").asText(field.getValue().path("type").asText()));
            boolean required = false;
            for (JsonNode name : schema.path("required")) {
                required |= name.asText().equals(field.getKey());
            }
            Format.cell(html, required ? "yes" : "no");
            Format.cell(html, field.getValue().path("description").asText());
            html.close();
        }
        Format.endTable(html);
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
