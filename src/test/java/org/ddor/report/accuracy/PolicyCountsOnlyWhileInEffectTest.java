package org.ddor.report.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ddor.report.ddor.DdorReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restrictive policy counts for Section I only while it is in effect (DESIGN.md §5): a detainer
 * issued the day before a policy's effective_from is not in Section I, one issued on that day is.
 * The same holds for a state-wide policy, which covers every county of the state.
 */
class PolicyCountsOnlyWhileInEffectTest {

    @TempDir
    Path folder;

    @Test
    void aDetainerIssuedTheDayBeforeThePolicyIsNotInSectionOne() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "in-effect-policies.csv", "in-effect.csv")) {
            DdorReport report = fixture.report();
            assertThat(fixture.records("section1/48453")).containsExactly("pe-travis-after", "pe-travis-on");
            assertThat(AccuracyFixture.sectionI(report).get("48453").declined().value())
                    .as("the decline of the detainer issued the day before is not Section I's").isEqualTo(1);
            assertThat(AccuracyFixture.sectionII(report).get("48453").declines().value())
                    .as("Section II lists every decline of the week, policy or not").isEqualTo(2);
        }
    }

    @Test
    void aStateWidePolicyCoversEveryCountyFromItsFirstDay() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "in-effect-policies.csv", "in-effect.csv")) {
            DdorReport report = fixture.report();
            assertThat(AccuracyFixture.sectionI(report)).containsOnlyKeys("48453", "08031", "08005");
            assertThat(fixture.records("section1/08031")).containsExactly("pe-denver-on");
            assertThat(fixture.records("section1/08005")).containsExactly("pe-arapahoe-on");
            assertThat(report.summary().issuedToRestricted().value()).isEqualTo(4);
            assertThat(report.sectionIII()).extracting(policy -> policy.jurisdiction())
                    .containsExactly("Colorado (state-wide)", "Travis County, TX");
        }
    }

    @Test
    void theWeekBeforeAnyPolicyHasNoSectionOne() throws Exception {
        try (AccuracyFixture fixture = AccuracyFixture.of(folder, "in-effect-policies.csv", "in-effect.csv")) {
            DdorReport report = fixture.report("2017-02-01");
            assertThat(report.sectionI()).isEmpty();
            assertThat(report.sectionIII()).isEmpty();
        }
    }
}
