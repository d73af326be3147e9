package fr.essor.base.domain;

/** How precisely a date is known: published figures are often dated only to a month or a year. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
