/** Where a rollout is heading: an adoption curve fitted to its measured rates, and its pace against the others. */
@NullMarked
package fr.essor.forecast;

import org.jspecify.annotations.NullMarked;
