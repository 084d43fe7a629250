package org.ddor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code ddor version}: the same text as {@code ddor --version}. */
@Command(name = "version", description = "Print DDOR's version and the Java runtime it runs on.")
final class VersionCommand implements Runnable {

    @Override
    public void run() {
        for (String line : new Provider().getVersion()) {
            System.out.println(line);
        }
    }

    /** Reads the version Maven wrote into the jar's manifest. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = VersionCommand.class.getPackage().getImplementationVersion();
            return new String[] {
                    "ddor " + (version == null ? "(development build)" : version),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
