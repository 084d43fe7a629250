package org.ddor.ingest.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.ddor.domain.Operator;

/**
 * One generation: walks the calendar day by day and writes each day's rows, mixing in the later
 * detainers promised to earlier people, likely duplicates and malformed rows. All randomness comes
 * from the run seed in a fixed order. Single use; not thread-safe.
 */
final class GenerationRun {

    /** Title rows (4) and the header above the data in xlsx. */
    static final int XLSX_ROWS_ABOVE_DATA = 5;
    /** Share of rows followed by a near-identical repeat. */
    static final double DUPLICATE_SHARE = 0.008;
    /** Share of declined people who get another detainer within 7–90 days. */
    static final double FOLLOW_UP_AFTER_DECLINE = 0.35;
    /** Share of everyone else who gets another detainer within 14–365 days. */
    static final double FOLLOW_UP_ANYONE = 0.05;
    private static final int PROGRESS_EVERY = 10_000;
    private static final long CALENDAR_SALT = 0xCA1EL;
    private static final long ROWS_SALT = 0x7035L;

    private final GeneratorOptions options;
    private final SampleFacilities facilities;
    private final LongConsumer progress;
    private final SampleRandom random;
    private final SampleOutcomes outcomes;
    private final FollowUps followUps = new FollowUps();
    private final ArrayDeque<FollowUps.FollowUp> due = new ArrayDeque<>();
    private final DetainerDraft draft = new DetainerDraft();
    private final DirtyKind[] dirtyKinds;
    private final long[] byOperator = new long[Operator.values().length];
    private final long[] byDirtyKind = new long[DirtyKind.values().length];
    private long written;
    private long duplicates;
    private long declined;
    private long repeats;
    private long atPolicyFacilities;
    private long nextSubject;
    private long nextDetainer;

    GenerationRun(GeneratorOptions options, SampleFacilities facilities, LongConsumer progress) {
        this.options = options;
        this.facilities = facilities;
        this.progress = progress;
        this.random = new SampleRandom(SampleRandom.derive(options.seed(), 0, ROWS_SALT));
        this.outcomes = SampleOutcomes.forLayout(options.layout());
        this.dirtyKinds = kindsFor(options).toArray(new DirtyKind[0]);
    }

    GeneratorSummary writeTo(OutputStream stream, Path file) throws IOException {
        int[] counts = SampleCalendar.dailyCounts(options.rows(), options.firstDay(),
                new SampleRandom(SampleRandom.derive(options.seed(), 0, CALENDAR_SALT)));
        LocalDate first = options.firstDay();
        LocalDate last = first.plusDays(Math.max(0, counts.length - 1));
        SampleLayout layout = layout(last);
        try (RowSink sink = sink(stream, layout, first, last)) {
            writeHeader(layout, sink, first, last);
            for (int i = 0; i < counts.length; i++) {
                writeDay((int) first.toEpochDay() + i, counts[i], layout, sink);
            }
        }
        if (written % PROGRESS_EVERY != 0 || written == 0) {
            progress.accept(written);
        }
        return summary(file, first, last);
    }

    private void writeDay(int day, int rows, SampleLayout layout, RowSink sink) throws IOException {
        followUps.drainDue(day, rows, due);
        int slot = 0;
        while (slot < rows) {
            boolean takeFollowUp = !due.isEmpty() && random.nextInt(rows - slot) < due.size();
            prepare(day, takeFollowUp ? due.poll() : null);
            write(layout, sink);
            slot++;
            if (draft.dirty == null && rows - slot > due.size() && random.chance(DUPLICATE_SHARE)) {
                draft.duplicate = true;
                draft.duplicateVariant = random.nextInt(3);
                write(layout, sink);
                slot++;
            }
        }
    }

    private void prepare(int day, FollowUps.FollowUp followUp) {
        draft.day = day;
        draft.detainerSerial = nextDetainer++;
        draft.repeatSubject = followUp != null;
        draft.subjectSerial = followUp != null ? followUp.subjectSerial() : nextSubject++;
        draft.anchorDay = followUp != null ? followUp.anchorDay() : day;
        draft.facilityIndex = followUp != null && followUp.facilityIndex() >= 0
                ? followUp.facilityIndex() : facilities.drawIndex(random);
        draft.facility = facilities.get(draft.facilityIndex);
        draft.liftReason = outcomes.draw(draft.facility, day, random);
        draft.duplicate = false;
        scheduleFollowUp();
        chooseMalformation();
    }

    private void scheduleFollowUp() {
        if (draft.liftReason == SampleOutcomes.DECLINED && random.chance(FOLLOW_UP_AFTER_DECLINE)) {
            int facility = random.chance(0.45) ? draft.facilityIndex : -1;
            followUps.schedule(draft.day + random.between(7, 90), draft.subjectSerial, draft.anchorDay, facility);
        } else if (random.chance(FOLLOW_UP_ANYONE)) {
            followUps.schedule(draft.day + random.between(14, 365), draft.subjectSerial, draft.anchorDay, -1);
        }
    }

    private void chooseMalformation() {
        draft.dirty = null;
        if (options.dirtyShare() > 0 && random.chance(options.dirtyShare())) {
            draft.dirty = dirtyKinds[random.nextInt(dirtyKinds.length)];
            draft.dirtyVariant = random.nextInt(4);
            if (draft.dirty == DirtyKind.WRONG_COLUMN_COUNT && options.format() == GeneratorOptions.Format.XLSX) {
                draft.dirtyVariant = 0;     // a missing trailing cell cannot be told from an empty one
            }
        }
    }

    private void write(SampleLayout layout, RowSink sink) throws IOException {
        layout.write(draft, sink);
        count();
        if (++written % PROGRESS_EVERY == 0) {
            progress.accept(written);
        }
    }

    private void count() {
        if (draft.dirty != null) {
            byDirtyKind[draft.dirty.ordinal()]++;
            return;
        }
        byOperator[draft.facility.operator().ordinal()]++;
        duplicates += draft.duplicate ? 1 : 0;
        declined += draft.liftReason == SampleOutcomes.DECLINED ? 1 : 0;
        repeats += draft.repeatSubject && !draft.duplicate ? 1 : 0;
        atPolicyFacilities += draft.facility.hasPolicy() ? 1 : 0;
    }

    private SampleLayout layout(LocalDate last) {
        boolean csv = options.format() == GeneratorOptions.Format.CSV;
        return options.layout() == GeneratorOptions.Layout.ERO_LESA
                ? new EroLesaLayout(options.seed(), csv, (int) last.toEpochDay())
                : new Foia2015Layout(options.seed(), csv);
    }

    private RowSink sink(OutputStream stream, SampleLayout layout, LocalDate first, LocalDate last) {
        if (options.format() == GeneratorOptions.Format.XLSX) {
            return new XlsxRowSink(stream, layout.xlsxSheetName(first, last), layout.xlsxDateFormat(),
                    SampleGenerator.NOT_REAL + " (" + options.layout().cliName() + ")");
        }
        return new CsvRowSink(stream, options.layout() == GeneratorOptions.Layout.ERO_LESA
                ? CsvRowSink.Dialect.R_WRITE_CSV : CsvRowSink.Dialect.PANDAS);
    }

    private void writeHeader(SampleLayout layout, RowSink sink, LocalDate first, LocalDate last) throws IOException {
        boolean xlsx = options.format() == GeneratorOptions.Format.XLSX;
        if (xlsx) {
            for (String title : layout.xlsxTitles(first, last)) {
                sink.title(title);
            }
        }
        for (String name : xlsx ? layout.xlsxHeader() : layout.csvHeader()) {
            sink.text(CellText.of(name));
        }
        sink.endRow();
    }

    private GeneratorSummary summary(Path file, LocalDate first, LocalDate last) {
        Map<DirtyKind, Long> malformed = new EnumMap<>(DirtyKind.class);
        for (DirtyKind kind : dirtyKinds) {
            malformed.put(kind, byDirtyKind[kind.ordinal()]);
        }
        Map<Operator, Long> operators = new EnumMap<>(Operator.class);
        for (SampleFacility facility : facilities.all()) {
            operators.put(facility.operator(), byOperator[facility.operator().ordinal()]);
        }
        long malformedRows = Arrays.stream(byDirtyKind).sum();
        return new GeneratorSummary(file, options, written, malformedRows, malformed, duplicates, declined, repeats,
                operators, atPolicyFacilities, first, last, facilities.size());
    }

    /** The malformations that can be written in the options' layout and format. */
    static List<DirtyKind> kindsFor(GeneratorOptions options) {
        return Arrays.stream(DirtyKind.values())
                .filter(kind -> kind.appliesTo(options.layout(), options.format())).toList();
    }
}
