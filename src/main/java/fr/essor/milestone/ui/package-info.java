/** The milestone log shown on a deployment's page, and its forms. */
@NullMarked
package fr.essor.milestone.ui;

import org.jspecify.annotations.NullMarked;
