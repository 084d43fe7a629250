package org.ddor.ingest.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A facility name as ICE writes it, cut into upper-case words with the punctuation gone and a state
 * written into the name set apart: "S.C.I., CRESSON, PA" → words [SCI, CRESSON], embedded state PA.
 * Immutable.
 *
 * <p>Each word also has a canonical form for the operator rules ("CNTY", "CO." → COUNTY; "CORR.",
 * "CORRECTIONL" → CORR); place names are matched on the words as written.
 */
final class FacilityName {

    /** Initials written with dots: "S.C.I.", "U.S.", "C.F." become "SCI", "US", "CF". */
    private static final Pattern INITIALS = Pattern.compile("\\b(?:[A-Z]\\. ?){2,}");
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * USPS codes that are not read as a state when they end a name without a comma: ICE writes them as
     * abbreviations ("DELAWARE CO" is a county, "DETENTION CT" a center, "X DC" a detention center).
     * After a comma (", CO") they are states.
     */
    private static final Set<String> NOT_A_TRAILING_STATE = Set.of("CO", "CT", "DC", "IN", "OR", "ME", "HI",
            "OK", "ID", "SD", "SC", "MD", "MS", "DE", "AS", "PR", "GU", "VI", "MP");

    private static final Map<String, String> CANONICAL = canonicalWords();

    private final String raw;
    private final List<String> words;
    private final List<String> canonical;
    private final int nameWords;
    private final String embeddedState;
    private final String embeddedStateText;

    private FacilityName(String raw, List<String> words, int nameWords, String embeddedState,
                         String embeddedStateText) {
        this.raw = raw;
        this.words = List.copyOf(words);
        this.canonical = words.stream().map(w -> CANONICAL.getOrDefault(w, w)).toList();
        this.nameWords = nameWords;
        this.embeddedState = embeddedState;
        this.embeddedStateText = embeddedStateText;
    }

    /** Parses a raw name; a state written into it is recognised with the gazetteer's state names. */
    static FacilityName parse(String raw, StateNames states) {
        List<List<String>> segments = new ArrayList<>();
        for (String segment : collapseInitials(plain(raw)).split(",")) {
            List<String> ws = words(segment);
            if (!ws.isEmpty()) {
                segments.add(new ArrayList<>(ws));
            }
        }
        String state = null;
        String stateText = null;
        if (segments.size() > 1) {
            List<String> last = segments.get(segments.size() - 1);
            String whole = String.join(" ", last);
            state = states.code(whole);
            if (state != null) {
                segments.remove(segments.size() - 1);
                stateText = ", " + whole;
            }
        }
        if (state == null && !segments.isEmpty()) {
            List<String> last = segments.get(segments.size() - 1);
            String word = last.get(last.size() - 1);
            boolean longEnough = segments.size() > 1 || last.size() > 1;
            if (longEnough && word.length() == 2 && !NOT_A_TRAILING_STATE.contains(word)
                    && word.equals(states.codeOfKey(word))) {
                state = word;
                stateText = " " + word;
                last.remove(last.size() - 1);
                if (last.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            }
        }
        List<String> all = new ArrayList<>();
        segments.forEach(all::addAll);
        return new FacilityName(raw, all, segments.isEmpty() ? 0 : segments.get(0).size(), state, stateText);
    }

    /** Upper case, accents and apostrophes gone: "Childrens' Home" → "CHILDRENS HOME". */
    static String plain(String s) {
        if (isPlainAscii(s)) {
            return s.toUpperCase(Locale.ROOT).replace("'", "").replace("`", "");
        }
        String upper = Normalizer.normalize(s, Normalizer.Form.NFD).toUpperCase(Locale.ROOT);
        return MARKS.matcher(upper).replaceAll("").replace("'", "").replace("’", "").replace("`", "");
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The words of a text: letters and digits only, upper case, accents gone. */
    static List<String> words(String s) {
        String w = NOT_WORD.matcher(plain(s)).replaceAll(" ").strip();
        return w.isEmpty() ? List.of() : List.of(w.split(" "));
    }

    /** A comparison key for place names, as the gazetteer makes it: "ST. MARY'S" → "SAINTMARYS". */
    static String placeKey(List<String> words, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            key.append(switch (w) {
                case "ST", "STE", "SAINTE" -> "SAINT";
                case "FT" -> "FORT";
                case "MT" -> "MOUNT";
                default -> w;
            });
        }
        return key.toString();
    }

    private static String collapseInitials(String s) {
        Matcher m = INITIALS.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, m.group().replace(".", "").replace(" ", "") + " ");
        } while (m.find());
        return m.appendTail(out).toString();
    }

    String raw() {
        return raw;
    }

    /** All words, the embedded state removed. */
    List<String> words() {
        return words;
    }

    /** The canonical form of each word, same indexes as {@link #words()}. */
    List<String> canonical() {
        return canonical;
    }

    String canonical(int i) {
        return i >= 0 && i < canonical.size() ? canonical.get(i) : "";
    }

    /** How many of the words belong to the name proper (before the first comma). */
    int nameWords() {
        return nameWords;
    }

    /** The USPS code of a state written into the name (", PA", " PA"), or null. */
    String embeddedState() {
        return embeddedState;
    }

    /** How the embedded state was written (", PA"), or null. */
    String embeddedStateText() {
        return embeddedStateText;
    }

    /** The words from {@code from} (inclusive) to {@code to} (exclusive), joined by spaces. */
    String text(int from, int to) {
        return String.join(" ", words.subList(from, to));
    }

    private static Map<String, String> canonicalWords() {
        Map<String, List<String>> spellings = Map.ofEntries(
                Map.entry("COUNTY", List.of("CNTY", "CO", "COUNTY", "COUNTYS", "CTNY", "COUTNY")),
                Map.entry("CORR", List.of("CORR", "CORRECTIONAL", "CORRECTIONS", "CORRECTION", "CORRECTIONL",
                        "CORRL", "CORRECT", "CORRS")),
                Map.entry("FAC", List.of("FAC", "FACILITY", "FACIL", "FCLTY", "FACILTY")),
                Map.entry("CTR", List.of("CTR", "CENTER", "CNTR")),
                Map.entry("DET", List.of("DET", "DETENTION", "DETEN", "DETN", "DETNT")),
                Map.entry("JAIL", List.of("JAIL", "JL", "JAILS")),
                Map.entry("PEN", List.of("PEN", "PENITENTIARY", "PENITENTIA")),
                Map.entry("INST", List.of("INST", "INSTITUTION", "INSTITUTE", "INSTN")),
                Map.entry("DIST", List.of("DIST", "DISTRICT", "DISTR")),
                Map.entry("OFFICE", List.of("OFFICE", "OFF", "OFC", "OFFC")),
                Map.entry("MARSHAL", List.of("MARSHAL", "MARSHALS")),
                Map.entry("DEPT", List.of("DEPT", "DEPARTMENT", "DEP", "DPT")),
                Map.entry("PRECINCT", List.of("PRECINCT", "PCT", "PREC")),
                Map.entry("SHERIFF", List.of("SHERIFF", "SHERIFFS", "SHERRIFF", "SHERRIFFS", "SHERIF")),
                Map.entry("FED", List.of("FED", "FEDERAL", "FEDL")),
                Map.entry("PROCESSING", List.of("PROCESSING", "PROC")),
                Map.entry("SERVICE", List.of("SERVICE", "SERVICES", "SVC", "SERV")),
                Map.entry("JUVENILE", List.of("JUVENILE", "JUV", "JUVI", "JUVIE")),
                Map.entry("PRISON", List.of("PRISON", "PRISONS")),
                Map.entry("CORPORATION", List.of("CORPORATION", "CORP")),
                Map.entry("REGIONAL", List.of("REGIONAL", "REG", "RGNL")));
        Map<String, String> map = new HashMap<>();
        spellings.forEach((canon, variants) -> variants.forEach(v -> map.put(v, canon)));
        return Map.copyOf(map);
    }
}
