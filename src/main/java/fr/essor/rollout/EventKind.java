package fr.essor.rollout;

/** What the rollout team did; the governance steps the reference articles name. Labels: eventKind.NAME. */
public enum EventKind {
    PILOT, LAUNCH, TRAINING_WAVE, USAGE_CHARTER, AMBASSADOR_PROGRAMME, DEDICATED_TEAM,
    COMMUNICATION_CAMPAIGN, MONITORING, ROI_REVIEW, OTHER
}
