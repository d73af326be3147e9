/** A deployment: one organisation's rollout of one enterprise social network, and the repository that stores it. */
@NullMarked
package fr.essor.deployment.domain;

import org.jspecify.annotations.NullMarked;
