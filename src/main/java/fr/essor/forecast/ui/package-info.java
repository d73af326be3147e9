/** The projection and the pace in plain words, for whichever page shows them. */
@NullMarked
package fr.essor.forecast.ui;

import org.jspecify.annotations.NullMarked;
