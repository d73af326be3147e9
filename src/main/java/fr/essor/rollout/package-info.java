/**
 * The rollout module: deployments, their milestones (measurements and events) and the daily rollup of active
 * users. What is public here is the module's published API; repositories, rules and SQL stay package-private.
 */
@NullMarked
package fr.essor.rollout;

import org.jspecify.annotations.NullMarked;
