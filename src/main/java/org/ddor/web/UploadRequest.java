package org.ddor.web;

import io.javalin.http.Context;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ddor.domain.SourceKind;
import org.ddor.store.imports.ImportOptions;

/**
 * Reads an upload ({@code multipart/form-data}: the field {@code file}, optional {@code name},
 * {@code layout}, {@code generated} and, from the HTML form, {@code token}) into a file beside the store.
 * Only the two upload routes read multipart bodies, and only they may be as large as
 * {@link Config#maxUploadBytes()}: the limits are set on the request here (Jetty's multipart parser honours
 * the {@code org.eclipse.jetty.multipartConfig} attribute), so every other route keeps the 64 KB limit.
 * Jetty streams the file part to disk (in the upload folder) as it arrives; it never sits in memory.
 */
final class UploadRequest {

    static final List<String> LAYOUTS = List.of("auto", "foia-2015", "ero-lesa", "policy", "canonical");
    private static final String JETTY_MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    private static final int IN_MEMORY_BYTES = 64 * 1024;
    private static final int MAX_NAME = 200;

    /** A file received and the options to import it with. */
    record Received(String fileName, Path file, ImportOptions options, Long rowsEstimated) {
    }

    private UploadRequest() {
    }

    /**
     * Checks the size and the token and stores the file. The token comes from the {@code Authorization}
     * header, checked before the body is read; with {@code formToken} (the HTML form, which cannot set
     * headers) it may instead be the form's {@code token} field, checked once the body has arrived.
     *
     * @throws WebException 413 over the limit, 400 not multipart / no file / bad field, 401 or 403 (token)
     */
    static Received read(Context ctx, long maxBytes, AdminToken token, Path folder, boolean formToken) {
        String bearer = AdminToken.bearer(ctx);
        if (bearer != null || !token.configured() || !formToken) {
            token.require(bearer);
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (!ctx.isMultipartFormData()) {
            throw WebException.badRequest("send the file as multipart/form-data in the field 'file'");
        }
        Part part = parts(ctx, maxBytes, folder);
        if (bearer == null) {
            token.require(ctx.formParam("token"));
        }
        ImportOptions options = options(ctx);
        String fileName = fileName(part);
        Path stored = folder.resolve("upload-" + UUID.randomUUID() + extension(fileName));
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, stored);
            part.delete();
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the upload in " + folder + ": " + e.getMessage(), e);
        }
        ImportOptions named = options.name() == null ? options.withName(fileName) : options;
        return new Received(fileName, stored, named, estimateRows(stored));
    }

    private static Part parts(Context ctx, long maxBytes, Path folder) {
        try {
            Files.createDirectories(folder);
            ctx.req().setAttribute(JETTY_MULTIPART_CONFIG,
                    new MultipartConfigElement(folder.toString(), maxBytes, maxBytes, IN_MEMORY_BYTES));
            Part part = ctx.req().getPart("file");
            if (part == null || part.getSize() == 0) {
                throw WebException.badRequest("no file was sent: choose a csv or xlsx file (multipart field 'file')");
            }
            return part;
        } catch (WebException e) {
            throw e;
        } catch (Exception e) {
            if (overLimit(e)) {
                throw tooLarge(maxBytes);
            }
            throw WebException.badRequest("the upload could not be read as multipart/form-data");
        }
    }

    /** Jetty's parser stops with "max length exceeded" or "max file size exceeded", a few causes deep. */
    private static boolean overLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.startsWith("max ") && message.contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static ImportOptions options(Context ctx) {
        String layout = field(ctx, "layout", "auto").toLowerCase(Locale.ROOT);
        if (!LAYOUTS.contains(layout)) {
            throw WebException.badRequest("layout must be one of " + String.join(", ", LAYOUTS) + ", got '"
                    + Params.shorten(layout) + "'");
        }
        String name = field(ctx, "name", "");
        if (name.length() > MAX_NAME) {
            throw WebException.badRequest("name is longer than " + MAX_NAME + " characters");
        }
        String generated = field(ctx, "generated", "false").toLowerCase(Locale.ROOT);
        if (!List.of("true", "on", "1", "false", "off", "0").contains(generated)) {
            throw WebException.badRequest("generated must be true or false, got '" + Params.shorten(generated) + "'");
        }
        double share = share(field(ctx, "maxRejectShare", Double.toString(ImportOptions.DEFAULT_MAX_REJECT_SHARE)));
        return ImportOptions.defaults().withName(name.isEmpty() ? null : name).withMaxRejectShare(share)
                .withLayout("auto".equals(layout) ? null : SourceKind.ofLayoutName(layout))
                .withGenerated(List.of("true", "on", "1").contains(generated));
    }

    private static double share(String text) {
        try {
            double share = Double.parseDouble(text);
            if (share >= 0 && share <= 1) {
                return share;
            }
        } catch (NumberFormatException e) {
            // Answered below.
        }
        throw WebException.badRequest("maxRejectShare must be a number from 0 to 1, got '" + Params.shorten(text) + "'");
    }

    private static String field(Context ctx, String name, String absent) {
        String value = ctx.formParam(name);
        return value == null || value.isBlank() ? absent : value.strip();
    }

    /** The name the browser gave, without any folder (older browsers send the whole path). */
    private static String fileName(Part part) {
        String submitted = part.getSubmittedFileName();
        String name = submitted == null ? "" : submitted.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** ".csv", ".xlsx" and the like, lower case; "" for anything else (the importer looks at the content). */
    private static String extension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot);
        return extension.matches("\\.[a-z0-9]{1,5}") ? extension : "";
    }

    /** For a text file, its line count less the header (about the rows to read); null for a workbook. */
    private static Long estimateRows(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = in.readNBytes(2);
            if (head.length == 2 && head[0] == 'P' && head[1] == 'K') {
                return null;
            }
            long lines = 0;
            for (byte b : head) {
                lines += b == '\n' ? 1 : 0;
            }
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
            return Math.max(0, lines - 1);
        } catch (IOException e) {
            return null;
        }
    }

    static WebException tooLarge(long maxBytes) {
        return new WebException(413, "the upload is larger than this server accepts (" + String.format("%,d", maxBytes)
                + " bytes); start the server with a larger --max-upload, or import on the server's machine");
    }
}
