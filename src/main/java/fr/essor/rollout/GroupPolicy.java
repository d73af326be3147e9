package fr.essor.rollout;

/** Whether the network hosts only business groups or also personal ones (leisure, passions). */
public enum GroupPolicy {
    BUSINESS_ONLY, OPEN_TO_PERSONAL
}
