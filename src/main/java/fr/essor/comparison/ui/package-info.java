/** The Compare page. */
@NullMarked
package fr.essor.comparison.ui;

import org.jspecify.annotations.NullMarked;
