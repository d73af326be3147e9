/** Pieces every feature's domain shares: the entity base class, dates known to a year, month or day, rule violations. */
@NullMarked
package fr.essor.base.domain;

import org.jspecify.annotations.NullMarked;
