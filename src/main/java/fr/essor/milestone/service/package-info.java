/** Rules and transactions for milestones, and the timeline that merges measurements and events. */
@NullMarked
package fr.essor.milestone.service;

import org.jspecify.annotations.NullMarked;
