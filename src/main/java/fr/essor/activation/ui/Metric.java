package fr.essor.activation.ui;

/** What the activation chart's y-axis shows. */
enum Metric {
    RATE, ACTIVE_USERS
}
