/** Milestones of a rollout: dated measurements (active users, countries reached, groups) and dated events (pilot, launch, charter...). */
@NullMarked
package fr.essor.milestone.domain;

import org.jspecify.annotations.NullMarked;
