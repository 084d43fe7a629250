package org.ddor.ingest.sample;

/**
 * What the generator knows about one person, derived from the run seed and the person's serial
 * number alone, so that every detainer for the same person (a later one, a likely duplicate)
 * repeats the same identifier, citizenship, birth year and criminal history. Dates are fixed
 * relative to the person's first detainer ({@code anchorDay}). A mutable holder, refilled by
 * {@link #describe}; not thread-safe.
 */
final class SubjectTraits {

    private static final long SALT = 0x5EB1EC7L;
    private static final int[] SENTENCE_MONTHS = {3, 6, 12, 18, 24, 36, 41, 48, 60, 74, 144, 180};
    private static final int[] SENTENCE_DAYS = {30, 60, 90, 180, 365};

    private final SampleRandom random = new SampleRandom(0);
    private final long runSeed;

    long idHigh;
    long idLow;
    int idTail;
    int citizenship;
    int birthCountry;
    int gender;
    int birthYear;
    int criminality;
    /** Index into {@link SampleVocabulary#CHARGES}, or -1 without a conviction. */
    int charge;
    int chargeDay;
    int convictionDay;
    /** -1 = missing. */
    int sentenceDays;
    int sentenceMonths;
    int sentenceYears;
    /** Index into {@link SampleVocabulary#THREAT_LEVEL}, or -1 = missing. */
    int threatLevel;
    boolean aggravatedFelon;
    int entryStatus;

    SubjectTraits(long runSeed) {
        this.runSeed = runSeed;
    }

    /** 1 January of the birth year, epoch days. */
    int birthYearDay() {
        return (int) java.time.LocalDate.of(birthYear, 1, 1).toEpochDay();
    }

    void describe(long subjectSerial, int anchorDay) {
        random.reseed(SampleRandom.derive(runSeed, subjectSerial, SALT));
        idHigh = random.nextLong();
        idLow = random.nextLong();
        idTail = (int) random.nextLong();
        citizenship = SampleVocabulary.CITIZENSHIP.drawIndex(random);
        birthCountry = random.chance(0.96) ? citizenship : SampleVocabulary.CITIZENSHIP.drawIndex(random);
        gender = SampleVocabulary.GENDER.drawIndex(random);
        int age = (int) Math.max(18, Math.min(75, Math.round(34 + 10 * random.gaussian())));
        birthYear = IsoDays.year(anchorDay) - age;
        criminality = SampleVocabulary.CRIMINALITY.drawIndex(random);
        entryStatus = SampleVocabulary.ENTRY_STATUS.drawIndex(random);
        aggravatedFelon = random.chance(0.12);
        describeConviction(anchorDay);
    }

    private void describeConviction(int anchorDay) {
        boolean convicted = criminality == SampleVocabulary.CONVICTED;
        charge = convicted ? SampleVocabulary.CHARGES.drawIndex(random) : -1;
        threatLevel = convicted ? SampleVocabulary.THREAT_LEVEL.drawIndex(random) : -1;
        // Recent charges are the most common: the square skews the delay towards zero (up to ~10 years).
        double delay = random.nextDouble();
        chargeDay = anchorDay - 20 - (int) (delay * delay * 3650);
        convictionDay = Math.min(anchorDay - 1, chargeDay + random.between(0, 400));
        sentenceMonths = convicted && random.chance(0.6) ? SENTENCE_MONTHS[random.nextInt(SENTENCE_MONTHS.length)] : -1;
        sentenceDays = convicted && random.chance(0.1) ? SENTENCE_DAYS[random.nextInt(SENTENCE_DAYS.length)] : -1;
        sentenceYears = convicted && random.chance(0.02) ? random.between(1, 20) : -1;
    }
}
