package org.ddor.ingest.sample;

/**
 * The case columns of one ero-lesa row (status, disposition, departure, the yes/no flags...),
 * drawn from the row's own random sequence in a fixed order, so that a likely duplicate redraws
 * exactly the same values. Shares are invented, loosely after the real FY2026 sample. A mutable
 * holder; not thread-safe.
 */
final class EroLesaCase {

    static final byte MISSING = 0;
    static final byte YES = 1;
    static final byte NO = 2;
    /** A date that is missing (epoch days can be negative, so -1 cannot say it). */
    static final int NO_DATE = Integer.MIN_VALUE;

    /** Per flag column, in header order: share missing, share YES among the rest. */
    private static final double[][] FLAG_SHARES = {
        {0.45, 0.05}, {0.50, 0.03}, {0.40, 0.09}, {0.95, 0.04}, {0.95, 0.03}, {0.98, 0.01}, {0.97, 0.02},
        {0.97, 0.02}, {0.50, 0.01}, {0.18, -1}, {0, 0.12}, {0, 0.10}, {0, 0.60}, {0, 0.90}, {0.98, 0.01},
        {0.98, 0.01}, {0.98, 0.01}, {0.50, 0.48}, {0, 0.02},
    };
    /** Index of aggravated_felony_yes_no in {@link #FLAG_SHARES}: it follows the person's record. */
    private static final int AGGRAVATED_FELONY = 9;
    static final int FLAG_COUNT = FLAG_SHARES.length;

    int caseStatus;
    boolean departed;
    int port;
    int departedDay;
    int disposition;
    boolean arrestDetails;
    byte finalOrder;
    int finalOrderDay;
    int apprehensionDay;
    int entryDay;
    final byte[] flags = new byte[FLAG_COUNT];
    byte activeInvestigation;
    CellText detainerType;
    byte notifyRelease;
    boolean dutySite;

    void draw(SampleRandom random, DetainerDraft row, SubjectTraits person, int lastDay) {
        caseStatus = SampleVocabulary.CASE_STATUS.drawIndex(random);
        port = SampleVocabulary.PORTS.drawIndex(random);
        departedDay = row.day + random.between(10, 150);
        departed = row.liftReason == SampleOutcomes.NONE + 1 && random.chance(0.35) && departedDay <= lastDay;
        disposition = SampleVocabulary.DISPOSITIONS.drawIndex(random);
        arrestDetails = random.chance(0.05);
        finalOrder = random.chance(0.1) ? MISSING : random.chance(0.12) ? YES : NO;
        finalOrderDay = row.day - random.between(30, 6000);
        apprehensionDay = random.chance(0.1) ? row.day - random.between(0, 5) : NO_DATE;
        entryDay = random.chance(0.2) ? Math.min(row.day - 30, person.birthYearDay() + random.between(365, 365 * 30)) : NO_DATE;
        for (int i = 0; i < FLAG_COUNT; i++) {
            flags[i] = flag(random, FLAG_SHARES[i][0], i == AGGRAVATED_FELONY ? (person.aggravatedFelon ? 1 : 0) : FLAG_SHARES[i][1]);
        }
        activeInvestigation = flag(random, 0.99, 0.005);
        detainerType = DetainerTypes.on(row.day, random);
        notifyRelease = flag(random, 0.92, 0.06);
        dutySite = random.chance(0.5);
    }

    /** Missing with probability {@code missing}; otherwise YES with probability {@code yes}, else NO. */
    private static byte flag(SampleRandom random, double missing, double yes) {
        double draw = random.nextDouble();
        if (draw < missing) {
            return MISSING;
        }
        return draw < missing + yes * (1 - missing) ? YES : NO;
    }
}
