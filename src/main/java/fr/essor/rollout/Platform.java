package fr.essor.rollout;

/** The enterprise social network a deployment rolls out. Labels live in the bundles as platform.NAME. */
public enum Platform {
    VIVA_ENGAGE, WORKPLACE, JIVE, IBM_CONNECTIONS, CHATTER, SLACK, SHAREPOINT, HOME_GROWN, OTHER
}
