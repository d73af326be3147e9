package fr.essor.base.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How precisely a date is known: published figures are often dated only to a month or a year. Declared from the
 * coarsest to the finest, and that declaration is the one order of precisions: {@link PartialDate}'s, and in
 * SQL the rollup's "coarsest of a day's rows" and the milestone log's, through {@link #sqlRank}.
 */
public enum DatePrecision {
    YEAR, MONTH, DAY;

    /** SQL turning a column of precision names into their rank in this order: 0 for the coarsest. */
    public static String sqlRank(String column) {
        return Arrays.stream(values()).map(precision -> " when '" + precision.name() + "' then " + precision.ordinal())
                .collect(Collectors.joining("", "case " + column, " end"));
    }

    /** SQL turning a rank made by {@link #sqlRank} (or its min or max) back into the precision's name. */
    public static String sqlNamed(String rank) {
        return Arrays.stream(values()).map(precision -> " when " + precision.ordinal() + " then '" + precision.name() + "'")
                .collect(Collectors.joining("", "case " + rank, " end"));
    }
}
