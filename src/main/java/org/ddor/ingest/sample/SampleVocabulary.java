package org.ddor.ingest.sample;

/**
 * The value lists of the generated person and case columns, spelt as ICE spells them in its
 * releases ("MEXICO", "1 Convicted Criminal", "Dangerous Drugs" with NCIC-style code "3599").
 * The weights are invented to give a plausible mix (Mexico first, then Guatemala, Honduras, El
 * Salvador...); they are not statistics.
 */
final class SampleVocabulary {

    static final WeightedTexts CITIZENSHIP = new WeightedTexts(
            "MEXICO", 52, "GUATEMALA", 12, "HONDURAS", 10, "EL SALVADOR", 6, "VENEZUELA", 2.5,
            "DOMINICAN REPUBLIC", 2, "ECUADOR", 2, "COLOMBIA", 1.5, "CUBA", 1.5, "NICARAGUA", 1.2, "HAITI", 1,
            "JAMAICA", 0.8, "BRAZIL", 0.7, "INDIA", 0.6, "PERU", 0.5, "CHINA, PEOPLES REPUBLIC OF", 0.4,
            "VIETNAM", 0.4, "PHILIPPINES", 0.3, "LAOS", 0.2, "CAMBODIA", 0.2, "SOMALIA", 0.2, "NIGERIA", 0.2,
            "CANADA", 0.2, "SIERRA LEONE", 0.1, "GHANA", 0.1, "KENYA", 0.1, "UNITED KINGDOM", 0.1,
            "ROMANIA", 0.1, "RUSSIA", 0.1, "UKRAINE", 0.1, "BELIZE", 0.1, "TRINIDAD AND TOBAGO", 0.1,
            "GUYANA", 0.1, "CHILE", 0.1, "KOREA, SOUTH", 0.1, "PAKISTAN", 0.1, "AUSTRALIA", 0.05,
            "BAHAMAS", 0.05, "ARGENTINA", 0.05, "BANGLADESH", 0.05, "THAILAND", 0.05, "ETHIOPIA", 0.05,
            "LIBERIA", 0.05);

    static final WeightedTexts GENDER = new WeightedTexts("Male", 88, "Female", 12);

    static final WeightedTexts CRIMINALITY = new WeightedTexts(
            "1 Convicted Criminal", 58, "2 Pending Criminal Charges", 27, "3 Other Immigration Violator", 15);
    static final int CONVICTED = 0;

    /** Most serious conviction charges; {@link #CHARGE_CODES} holds the code of each, same order. */
    static final WeightedTexts CHARGES = new WeightedTexts(
            "Driving Under Influence Liquor", 14, "Dangerous Drugs", 10, "Assault", 8, "Larceny", 5,
            "Traffic Offense", 6, "Simple Assault", 4, "Marijuana - Possess", 4, "Burglary", 4,
            "Weapon Offense", 3, "Family Offense", 2, "Obstructing Police", 2, "Public Order Crimes", 2,
            "Cocaine - Sell", 2, "Robbery", 2, "Fraudulent Activities", 1.5, "Sex Assault", 1.5,
            "Sex Offense", 1.5, "Carrying Prohibited Weapon", 1, "Obstructing Judiciary", 1, "Forgery", 1,
            "Vehicle Theft", 1, "Hit and Run", 1, "Driving Under Influence Drugs", 1, "Trespassing", 1,
            "Rape - Strongarm", 0.5, "Invade Privacy", 0.5, "Homicide", 0.3, "Kidnapping", 0.3);
    static final CellText[] CHARGE_CODES = CellText.all(
            "5404", "3599", "1399", "2399", "5499", "1313", "3562", "2299", "5299", "3899", "4801", "7399",
            "3531", "1299", "2699", "1199", "3699", "5203", "4899", "2589", "2404", "5401", "5403", "5707",
            "1103", "5799", "0999", "1099");

    static final WeightedTexts ENTRY_STATUS = new WeightedTexts(
            "Not  Applicable", 55, "", 40, "Present Without Admission", 3, "Entered Without Inspection", 2);

    static final WeightedTexts THREAT_LEVEL = new WeightedTexts("1", 35, "2", 30, "3", 35);

    static final CellText AGGRAVATED_FELON = CellText.of("Aggravated Felon");
    static final CellText NOT_AGGRAVATED_FELON = CellText.of("Not an Aggravated Felon");

    /** Processing dispositions; {@link #CASE_CATEGORIES} holds the usual category of each, same order. */
    static final WeightedTexts DISPOSITIONS = new WeightedTexts(
            "ADMINISTRATIVE DEPORTATION I-851/I-851A", 8, "Warrant of Arrest/Notice to Appear", 30, "Detainer", 25,
            "Reinstated Final Order", 15, "Notice to Appear", 12, "Expedited Removal", 5, "Other", 5);
    static final CellText[] CASE_CATEGORIES = CellText.all(
            "[11] Administrative Deportation / Removal", "[2A] Deportable - Under Adjudication by IJ", "",
            "[16] Reinstated Final Order", "[8A] Excludable / Inadmissible - Hearing Not Commenced",
            "[3] Deportable - Administratively Final Order",
            "[8B] Excludable / Inadmissible - Under Adjudication by IJ");

    static final WeightedTexts CASE_STATUS = new WeightedTexts("ACTIVE", 80, "CLOSED", 8, "", 12);

    static final WeightedTexts PORTS = new WeightedTexts(
            "BROWNSVILLE, TX", 4, "HIDALGO, TX", 4, "LAREDO, TX", 3, "SAN YSIDRO, CA", 3, "NOGALES, AZ", 2,
            "EL PASO, TX", 3, "ALEXANDRIA, LA (STAGING)", 3, "MESA, AZ", 2, "MIAMI, FL", 1);

    static final CellText ARREST_CASE_CATEGORY = CellText.of("[3] Deportable - Administratively Final Order");
    static final CellText ARREST_PROGRAM = CellText.of("ERO Criminal Alien Program");
    static final CellText APPREHENSION_METHOD = CellText.of("Custodial Arrest");

    static final CellText YES = CellText.of("YES");
    static final CellText NO = CellText.of("NO");

    private SampleVocabulary() {
    }
}
