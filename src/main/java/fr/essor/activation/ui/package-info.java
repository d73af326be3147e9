/** The activation chart panel of a deployment's page, and the dashboard. */
@NullMarked
package fr.essor.activation.ui;

import org.jspecify.annotations.NullMarked;
