package org.ddor.ingest.sample;

/**
 * The lift reasons the generator writes and how often. A detainer is declined with the
 * probability its facility has that day ({@link SampleFacility#declineShare}); otherwise its
 * reason is drawn from the layout's mix: for foia-2015 the mix of the real Pennsylvania extract
 * (55 % "Booked into Detention", 34 % none, 4.5 % "Case Closed", 3.7 % "Lifted"...), for ero-lesa
 * an invented mix with more open detainers. Lift reason codes other than "A" (declined, as in the
 * real file) are invented. Immutable.
 */
final class SampleOutcomes {

    static final int DECLINED = 0;
    static final int NONE = 1;

    private static final String[] REASONS = {
        "Detainer Declined by LEA", "", "Booked into Detention", "Case Closed", "Lifted", "Transferred",
        "Alien Not Subject to Deportation", "United States Citizen Interviewed", "Prosecutorial Discretion",
        "Early Release", "Died", "Lifted - Lack of Funds", "Lifted - Lack of Space",
    };
    private static final CellText[] REASON_TEXTS = CellText.all(REASONS);
    private static final CellText[] CODES = CellText.all("A", "", "B", "C", "L", "T", "N", "U", "P", "E", "D", "F", "S");

    /** Shares of the reasons after {@link #NONE}, in the Pennsylvania extract (per cent of all rows). */
    private static final double[] FOIA_MIX = {34.28, 55.39, 4.45, 3.72, 0.71, 0.26, 0.19, 0.11, 0.10, 0.07, 0.02, 0.01};
    private static final double[] ERO_MIX = {46.0, 42.0, 4.5, 4.0, 1.5, 0.5, 0.4, 0.6, 0.3, 0.1, 0.05, 0.05};

    private final AliasTable others;
    private final double localDeclineShare;

    private SampleOutcomes(double[] mix, double localDeclineShare) {
        this.others = new AliasTable(mix);
        this.localDeclineShare = localDeclineShare;
    }

    static SampleOutcomes forLayout(GeneratorOptions.Layout layout) {
        return layout == GeneratorOptions.Layout.FOIA_2015
                ? new SampleOutcomes(FOIA_MIX, 0.009)
                : new SampleOutcomes(ERO_MIX, 0.008);
    }

    /** The reason index for a detainer issued at {@code facility} on {@code epochDay}. */
    int draw(SampleFacility facility, int epochDay, SampleRandom random) {
        if (random.nextDouble() < facility.declineShare(epochDay, localDeclineShare)) {
            return DECLINED;
        }
        return NONE + others.sample(random);
    }

    /** The reason's text; empty for {@link #NONE}. */
    static CellText text(int reason) {
        return REASON_TEXTS[reason];
    }

    static CellText code(int reason) {
        return CODES[reason];
    }
}
