package org.ddor.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ddor.domain.PolicyCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PolicyCategoryRulesTest {

    @ParameterizedTest(name = "{0}: {2} by {3}")
    @CsvFileSource(resources = "/org/ddor/ingest/policy/category_specs.csv", numLinesToSkip = 1)
    void categorisesCriteriaByTheFirstMatchingRule(String id, String criteria, String category, String rule) {
        assertThat(PolicyCategoryRules.decidingRule(criteria).id()).as(id).isEqualTo(rule);
        assertThat(PolicyCategoryRules.categorise(criteria)).as(id).isEqualTo(PolicyCategory.valueOf(category));
    }

    @Test
    void missingCriteriaAreOther() {
        assertThat(PolicyCategoryRules.categorise(null)).isEqualTo(PolicyCategory.OTHER);
        assertThat(PolicyCategoryRules.categorise("  ")).isEqualTo(PolicyCategory.OTHER);
    }

    @Test
    void everyCategoryHasARuleAndTheLastRuleMatchesEverything() {
        List<PolicyCategory> decided = PolicyCategoryRules.RULES.stream()
                .map(PolicyCategoryRules.Rule::category).toList();
        assertThat(decided).contains(PolicyCategory.values());
        assertThat(PolicyCategoryRules.RULES.get(PolicyCategoryRules.RULES.size() - 1).id()).isEqualTo("other");
        assertThat(PolicyCategoryRules.RULES).allSatisfy(rule -> assertThat(rule.example()).isNotBlank());
    }
}
