package org.ddor.store.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * DDOR's command line in a child JVM (the test classpath, {@code org.ddor.cli.Main}), for what only another
 * process can show: a kill -9 in the middle of an import, a small Java heap. Also writes the large files they read.
 */
final class ChildDdor {

    private static final String[] FACILITIES = {"\"MONTGOMERY CNTY JAIL, PA\",NORRISTOWN", "SCI SMITHFIELD,HUNTINGDON",
        "\"BUCKS CNTY JAIL, PA\",DOYLESTOWN", "LEWISBURG U.S. PEN.,LEWISBURG", "\"BERKS CNTY JAIL, PA\",READING",
        "\"YORK COUNTY PRISON, PA\",YORK", "MOSHANNON VALLEY CORRECTIONAL,PHILIPSBURG", "FCI ALLENWOOD,WHITE DEER"};
    private static final String[] LIFT_REASONS = {"Booked into Detention", "", "Case Closed", "Lifted",
        "Detainer Declined by LEA", "Transferred", "Booked into Detention"};

    private ChildDdor() {
    }

    /** Starts {@code ddor ARGS} with the given JVM options; stdout and stderr go to {@code log}. */
    static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.ddor.cli.Main");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A foia-2015 CSV of {@code rows} varied rows (one a line, so the data row n is file row n + 1). */
    static Path foiaCsv(Path file, int rows) throws IOException {
        return foiaCsv(file, rows, 0);
    }

    /** As {@link #foiaCsv(Path, int)}, each row with a column DDOR does not read of {@code padding} characters. */
    static Path foiaCsv(Path file, int rows, int padding) throws IOException {
        LocalDate first = LocalDate.of(2008, 1, 1);
        String remarks = padding == 0 ? "" : "," + "r".repeat(padding);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,lift_reason,det_facility,city,state,detainer_type" + (padding == 0 ? "" : ",remarks") + "\n");
            for (int row = 0; row < rows; row++) {
                out.write(first.plusDays(row % 2900).toString());
                out.write(" 00:00:00,");
                out.write(LIFT_REASONS[row % LIFT_REASONS.length]);
                out.write(',');
                out.write(FACILITIES[row % FACILITIES.length]);
                out.write(row % 3 == 0 ? ",PENNSYLVANIA,I247D" : ",PENNSYLVANIA,");
                out.write(remarks);
                out.write('\n');
            }
        }
        return file;
    }

    /** Appends a row whose facility name is {@code bytes} long (to a file with padding, so one column more). */
    static void appendLongRow(Path file, int bytes) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND)) {
            out.write("2015-01-16 00:00:00,Lifted,\"");
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, 'X');
            for (int written = 0; written < bytes; written += block.length) {
                out.write(block);
            }
            out.write("\",DOYLESTOWN,PENNSYLVANIA,I247D,\n");
        }
    }
}
