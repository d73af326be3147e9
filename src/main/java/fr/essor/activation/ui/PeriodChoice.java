package fr.essor.activation.ui;

/** The periods a chart offers; RANGE uses the two dates the user picks. */
enum PeriodChoice {
    ALL_TIME, LAST_12_MONTHS, RANGE
}
