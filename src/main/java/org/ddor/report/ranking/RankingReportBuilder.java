package org.ddor.report.ranking;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.FiscalYearCut;
import org.ddor.report.Rate;
import org.ddor.report.ReportContext;
import org.ddor.report.Span;
import org.ddor.report.StoreCoverage;
import org.ddor.report.Suppression;
import org.ddor.report.ranking.RankingReport.Excluded;
import org.ddor.report.ranking.RankingReport.Header;
import org.ddor.report.ranking.RankingReport.RankedUnit;
import org.ddor.store.Query;

/**
 * Builds a ranking: one grouped query gives every unit's figures (units.sql), then units are ranked
 * here, and the units shown are named ({@link UnitNames}). A pure function of the store's contents and
 * the parameters. Not thread-safe (one connection); build on a connection of your own.
 */
public final class RankingReportBuilder {

    private final Connection connection;
    private final StoreCoverage coverage;
    private final UnitNames names;

    /** A builder that reads the store's coverage and the units' names from the store for each ranking. */
    public RankingReportBuilder(Connection connection) {
        this(connection, null, UnitNames.asking(connection));
    }

    /**
     * A builder given what it would otherwise read for each ranking: the store's coverage (null to read
     * it) and the units' names. Both must describe the store's current contents (a server reads them
     * once per import, see {@link UnitNames#readAll}).
     */
    public RankingReportBuilder(Connection connection, StoreCoverage coverage, UnitNames names) {
        this.connection = connection;
        this.coverage = coverage;
        this.names = names;
    }

    public RankingReport build(RankingParameters parameters) throws SQLException {
        ReportContext.prepare(connection);
        StoreCoverage coverage = this.coverage != null ? this.coverage : StoreCoverage.read(connection);
        Span span = Span.of(parameters.period(), coverage);
        List<UnitFigures> units = new ArrayList<>();
        UnitFigures none = new UnitFigures(null, null, null, null, null, null, 0, 0, 0, 0);
        for (UnitFigures unit : figures(span, parameters.unit())) {
            if (unit.key() == null) {
                none = unit;
            } else {
                units.add(unit);
            }
        }
        if (!parameters.filter().none()) {
            // The filter reads every unit's state, AOR and operator: name them all first.
            units = named(parameters.unit(), units).stream().filter(parameters.filter()::admits).toList();
        }
        return assemble(parameters, span, coverage, units, none);
    }

    /**
     * Every unit's figures in the span, and the row of those that count for no unit (key null). A span
     * that holds whole fiscal years (all the data does) sums their figures per year and those of the
     * days around them; a shorter one sums its days.
     */
    private List<UnitFigures> figures(Span span, RankingUnit unit) throws SQLException {
        FiscalYearCut cut = FiscalYearCut.of(span.first(), span.last());
        if (!cut.wholeYears()) {
            return Query.list(connection, RankingReportBuilder.class, "units.sql", UnitFigures::read, span.first(),
                    span.last(), unit.name());
        }
        return Query.list(connection, RankingReportBuilder.class, "units_by_fiscal_year.sql", UnitFigures::read,
                cut.parametersAfter(unit.name()));
    }

    /** {@code units} with their names, in the same order. Units named already are kept as they are. */
    private List<UnitFigures> named(RankingUnit unit, List<UnitFigures> units) throws SQLException {
        List<String> keys = units.stream().filter(u -> u.kind() == null).map(UnitFigures::key).toList();
        Map<String, UnitNames.UnitName> found = names.of(unit, keys);
        return units.stream().map(u -> u.kind() == null && found.containsKey(u.key()) ? u.named(found.get(u.key())) : u)
                .toList();
    }

    private RankingReport assemble(RankingParameters parameters, Span span, StoreCoverage coverage,
                                   List<UnitFigures> units, UnitFigures none) throws SQLException {
        RankingMeasure measure = parameters.measure();
        Suppression suppression = parameters.suppression();
        List<UnitFigures> eligible = new ArrayList<>();
        int withNone = 0;
        int belowMinimum = 0;
        int suppressed = 0;
        for (UnitFigures unit : units) {
            if (measure == RankingMeasure.DECLINE_RATE && unit.issued() < parameters.minimumDenominator()) {
                belowMinimum++;
            } else if (measure == RankingMeasure.DECLINE_RATE && (suppression.suppresses(unit.issued())
                    || suppression.suppresses(unit.declinedOfIssued()))) {
                suppressed++;
            } else if (measure != RankingMeasure.DECLINE_RATE && unit.measured(measure) == 0) {
                withNone++;
            } else {
                eligible.add(unit);
            }
        }
        RankingOrder.Ranked<UnitFigures> ranked = RankingOrder.rank(eligible, sortValue(measure, suppression),
                UnitFigures::key, parameters.top());
        List<UnitFigures> shownUnits = named(parameters.unit(),
                ranked.rows().stream().map(RankingOrder.Placed::unit).toList());
        List<RankedUnit> rows = new ArrayList<>();
        for (int i = 0; i < shownUnits.size(); i++) {
            RankingOrder.Placed<UnitFigures> placed = ranked.rows().get(i);
            rows.add(shown(new RankingOrder.Placed<>(shownUnits.get(i), placed.rank(), placed.tied()), parameters));
        }
        String prefix = "ranking/" + parameters.unit().optionName() + "/none/";
        boolean facilities = parameters.unit() == RankingUnit.FACILITY;
        Excluded excluded = new Excluded(facilities ? null : Count.of(none.issued(), prefix + "issued", suppression),
                facilities ? null : Count.of(none.declined(), prefix + "declined", suppression),
                units.size(), withNone, belowMinimum, suppressed, ranked.tiedBeyondTop());
        return new RankingReport(header(parameters, span, coverage), rows, excluded,
                RankingNotes.of(parameters, excluded, coverage));
    }

    /** A ranked unit as the report shows it: every figure a count with its trace key, the rate with its interval. */
    private static RankedUnit shown(RankingOrder.Placed<UnitFigures> placed, RankingParameters parameters) {
        UnitFigures unit = placed.unit();
        Suppression suppression = parameters.suppression();
        String prefix = "ranking/" + parameters.unit().optionName() + "/" + unit.key() + "/";
        Count issued = Count.of(unit.issued(), prefix + "issued", suppression);
        Count declinedOfIssued = Count.of(unit.declinedOfIssued(), prefix + "declined-of-issued", suppression);
        return new RankedUnit(placed.rank(), placed.tied(), unit.key(), unit.name(), unit.kind(), unit.state(),
                unit.aor(), unit.detail(), issued, Count.of(unit.declined(), prefix + "declined", suppression),
                declinedOfIssued, Rate.of(declinedOfIssued, issued, parameters.minimumDenominator()),
                Count.of(unit.booked(), prefix + "booked", suppression));
    }

    /**
     * The value units are ordered by. A count suppressed in the public edition sorts as 0.5: below
     * every shown count of at least 1, above zero, and equal to every other suppressed count, so the
     * order never reveals which of two suppressed counts is larger.
     */
    private static ToDoubleFunction<UnitFigures> sortValue(RankingMeasure measure, Suppression suppression) {
        if (measure == RankingMeasure.DECLINE_RATE) {
            return unit -> (double) unit.declinedOfIssued() / unit.issued();
        }
        return unit -> suppression.suppresses(unit.measured(measure)) ? 0.5 : unit.measured(measure);
    }

    private static Header header(RankingParameters parameters, Span span, StoreCoverage coverage) {
        List<String> definitions = List.of(
                "Unit: " + parameters.unit().definition() + ".",
                "Issued: " + RankingMeasure.ISSUED.definition() + ". Declined: " + RankingMeasure.DECLINED.definition()
                        + ". Declined of issued: detainers issued to the unit in the period that the unit itself"
                        + " declined (a detainer transferred and declined elsewhere is not). Booked: "
                        + RankingMeasure.BOOKED.definition() + ".",
                "Decline rate: declined of issued / issued, with its 95% Wilson score interval; withheld when fewer"
                        + " than " + parameters.minimumDenominator() + " detainers were issued"
                        + (parameters.suppression().edition() == Edition.PUBLIC
                        ? " or when a count is below the public edition's threshold of "
                        + parameters.suppression().threshold() : "") + ".",
                "Duplicates are counted once, as the record they repeat; misdirected detainers count for no unit.",
                "Equal values share a rank (1, 2, 2, 4); within a tie units are listed by key.");
        return new Header(title(parameters), span.label(), span.allData() ? null : span.first(),
                span.allData() ? null : span.last(), parameters.unit().optionName(), parameters.measure().optionName(),
                parameters.top(), parameters.suppression().edition(), parameters.suppression().threshold(),
                parameters.minimumDenominator(), coverage.firstIssued(), coverage.lastIssued(),
                coverage.generatedSampleData(), definitions);
    }

    private static String title(RankingParameters parameters) {
        String units = switch (parameters.unit()) {
            case JURISDICTION -> "Jurisdictions";
            case FACILITY -> "Facilities";
            case STATE -> "States";
            case AOR -> "Areas of Responsibility";
        };
        String measure = switch (parameters.measure()) {
            case ISSUED -> "detainers issued";
            case DECLINED -> "declines";
            case DECLINE_RATE -> "decline rate";
            case BOOKED -> "bookings into ICE custody";
        };
        String filter = parameters.filter().words();
        return units + (filter.isEmpty() ? "" : " " + filter) + " ranked by " + measure;
    }
}
