package org.ddor.ingest.sample;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param rows       data rows to write (title and header rows not counted); at least 0
 * @param seed       the same seed and options give the same data (byte-identical CSV)
 * @param layout     the layout to imitate
 * @param format     csv or xlsx
 * @param dirtyShare share of rows made malformed on purpose, 0 to 1 (see {@link DirtyKind})
 * @param firstDay   the first prepare date; null gives the layout's default ({@link Layout#defaultFirstDay(long)})
 */
public record GeneratorOptions(long rows, long seed, Layout layout, Format format, double dirtyShare, LocalDate firstDay) {

    /** The real layouts the generator imitates. */
    public enum Layout {
        /** ICE ERO-LESA detainer release, 2023– (as republished by the Deportation Data Project). */
        ERO_LESA("ero-lesa", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)),
        /** ICE FOIA detainer extract, 2007–2015 (as released to NPR). */
        FOIA_2015("foia-2015", LocalDate.of(2007, 10, 1), LocalDate.of(2015, 9, 30));

        private final String cliName;
        private final LocalDate defaultFirstDay;
        private final LocalDate defaultLastDay;

        Layout(String cliName, LocalDate defaultFirstDay, LocalDate defaultLastDay) {
            this.cliName = cliName;
            this.defaultFirstDay = defaultFirstDay;
            this.defaultLastDay = defaultLastDay;
        }

        /**
         * The default first day for {@code rows} rows: the release's first day, or earlier when that
         * many rows (about 3,000 a week) would run past the release's last day — generated dates then
         * stay in the past, where an importer accepts them. Depends on nothing but its arguments.
         */
        public LocalDate defaultFirstDay(long rows) {
            long days = (long) Math.ceil(rows / (SampleCalendar.WEEKLY_VOLUME / 7) * 1.1);
            LocalDate latestStart = defaultLastDay.minusDays(days);
            return latestStart.isBefore(defaultFirstDay) ? latestStart : defaultFirstDay;
        }

        /** The name users type: {@code ero-lesa}, {@code foia-2015}. */
        public String cliName() {
            return cliName;
        }

        /** The first day of the real release's period: FY2026 for ero-lesa, FY2008 for foia-2015. */
        public LocalDate defaultFirstDay() {
            return defaultFirstDay;
        }

        /** @throws IllegalArgumentException naming the valid layouts */
        public static Layout ofCliName(String name) {
            for (Layout layout : values()) {
                if (layout.cliName.equalsIgnoreCase(name)) {
                    return layout;
                }
            }
            throw new IllegalArgumentException("unknown layout '" + name + "'; expected ero-lesa or foia-2015");
        }
    }

    /** File formats. */
    public enum Format {
        CSV, XLSX;

        /** The file extension without the dot. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException naming the valid formats */
        public static Format ofCliName(String name) {
            for (Format format : values()) {
                if (format.extension().equalsIgnoreCase(name)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "'; expected csv or xlsx");
        }
    }

    public GeneratorOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(format, "format");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be 0 or more, got " + rows);
        }
        if (!(dirtyShare >= 0 && dirtyShare <= 1)) {
            throw new IllegalArgumentException("the dirty share must be between 0 and 1 (e.g. 0.01), got " + dirtyShare);
        }
        if (firstDay == null) {
            firstDay = layout.defaultFirstDay(rows);
        }
    }

    /** Clean data from the layout's default first day. */
    public static GeneratorOptions of(long rows, long seed, Layout layout, Format format) {
        return new GeneratorOptions(rows, seed, layout, format, 0, null);
    }

    /** e.g. {@code ddor-sample-ero-lesa-50000-seed42.csv}: the name says it is generated sample data. */
    public String defaultFileName() {
        return "ddor-sample-" + layout.cliName() + "-" + rows + "-seed" + seed
                + (dirtyShare > 0 ? "-dirty" : "") + "." + format.extension();
    }
}
