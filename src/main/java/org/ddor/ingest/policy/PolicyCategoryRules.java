package org.ddor.ingest.policy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.ddor.domain.PolicyCategory;

/**
 * Derives a policy's {@link PolicyCategory} from its "Criteria for Honoring Detainer" text by
 * ordered keyword rules: the first rule that matches decides. Each rule was tuned on the real
 * policy list (docs/policies.md has the table, with the real row each rule came from); the raw
 * criteria are always kept, so a reader can check the category against them.
 *
 * <p>Matching is on the text in lower case with runs of spaces made one, by plain substring
 * ("felon" also matches "felony"; "unless" also matches the real list's "unlessa judge").
 * Phrases a rule {@linkplain Rule#ignoring() ignores} are removed before its keywords are looked
 * for: "has an outstanding criminal warrant" is an offense criterion, not a warrant ICE must bring.
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyCategoryRules {

    /** Words that make a refusal conditional: "will not honor ... without a warrant" is not "no holds". */
    private static final List<String> CONDITIONS = List.of(
            "unless", "without", "except", "only if", "only when", "provided that", "until");

    /** The rules in the order they are tried. The last one matches everything. */
    public static final List<Rule> RULES = List.of(
            new Rule("warrant-not-from-a-judge", PolicyCategory.OTHER,
                    List.of("without review by a judge", "administrative arrest", "administrative warrant",
                            "probable cause finding by ice"),
                    List.of(), List.of(),
                    "Washoe County, NV: \"unless provided with a warrant which could he issued without review"
                            + " by a judge\""),
            new Rule("judicial-warrant", PolicyCategory.JUDICIAL_WARRANT_REQUIRED,
                    List.of("warrant", "wan-ant", "waniant", "judicial", "judge", "magistrate", "court order"),
                    List.of(), List.of("outstanding criminal warrant", "outstanding warrant"),
                    "Suffolk County, NY: \"Will not honor ICE detainer without a warrant\"; Delaware County, IA:"
                            + " \"without a court order\"; Onondaga County, NY: \"without a signed waniant\" (OCR)"),
            new Rule("listed-offenses", PolicyCategory.LISTED_OFFENSES_ONLY,
                    List.of("convicted", "conviction", "charged with", "felon", "misdemeanor", "serious", "violent",
                            "violence", "gang", "homicide", "murder", "listed offense", "following offenses",
                            "indictable offense", "covered crime", "terroris", "national security"),
                    List.of(), List.of(),
                    "Bernalillo County, NM: \"unless an individual: Has been convicted of a felony; ...\";"
                            + " Middlesex County, NJ: \"Is identified as a known gang member\""),
            new Rule("notification-only", PolicyCategory.NOTIFICATION_ONLY,
                    List.of("notify", "notifying", "notification", "notice of release", "release date"),
                    List.of(), List.of("instead of notifying", "prohibits notice", "not notify", "no notification"),
                    "(no pure case in the real list) \"Will notify ICE of the release date but will not hold anyone\""),
            new Rule("no-holds", PolicyCategory.NO_HOLDS,
                    List.of("not honor", "not be honor", "no longer honor", "not hold", "no detainers", "no holds",
                            "does not honor"),
                    CONDITIONS, List.of("without exception"),
                    "Saratoga County, NY: \"Will not honor ICE detainer\"; Colorado: \"All county jails in Colorado"
                            + " will not honor ICE detainer\"; Champaign County, IL: \"Will not be honor ICE"
                            + " detainer\""),
            new Rule("other", PolicyCategory.OTHER, List.of(""), List.of(), List.of(),
                    "Cook County, IL: \"Require written agreement from ICE reimbursing costs\"; Pasco County, FL:"
                            + " \"without probable cause\"; Travis County, TX: \"without another accompanying"
                            + " criminal charge\""));

    private PolicyCategoryRules() {
    }

    /** The category of a criteria text (null or blank gives {@link PolicyCategory#OTHER}). */
    public static PolicyCategory categorise(String criteria) {
        return decidingRule(criteria).category();
    }

    /** The first rule that matches the criteria text; never null (the last rule matches everything). */
    public static Rule decidingRule(String criteria) {
        String text = normalise(criteria);
        return RULES.stream().filter(rule -> rule.matches(text)).findFirst().orElseThrow();
    }

    static String normalise(String criteria) {
        return criteria == null ? ""
                : criteria.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    /**
     * One keyword rule.
     *
     * @param id       a stable name, used in docs and tests
     * @param category what the rule decides
     * @param anyOf    the rule matches when the text contains one of these...
     * @param noneOf   ...and none of these
     * @param ignoring phrases removed from the text before either list is looked for
     * @param example  the real row (or, where the real list has none, the text) it was written for
     */
    public record Rule(String id, PolicyCategory category, List<String> anyOf, List<String> noneOf,
                       List<String> ignoring, String example) {

        public Rule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(category, "category");
            anyOf = List.copyOf(anyOf);
            noneOf = List.copyOf(noneOf);
            ignoring = List.copyOf(ignoring);
        }

        /** True when this rule decides a text already {@linkplain #normalise(String) normalised}. */
        boolean matches(String normalisedText) {
            String text = normalisedText;
            for (String phrase : ignoring) {
                text = text.replace(phrase, " ");
            }
            String remaining = text;
            return anyOf.stream().anyMatch(remaining::contains) && noneOf.stream().noneMatch(remaining::contains);
        }
    }
}
