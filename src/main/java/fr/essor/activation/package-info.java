/**
 * The activation module: a deployment's activation chart (active users ÷ headcount over time, with its events and
 * its projection), the dashboard, and the outlook texts the comparison shows too.
 */
@NullMarked
package fr.essor.activation;

import org.jspecify.annotations.NullMarked;
