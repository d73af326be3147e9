/** Derived adoption figures (activation rate) computed in one place. */
@NullMarked
package fr.essor.activation;

import org.jspecify.annotations.NullMarked;
