/** The audit trail: who changed what and when, with the values before and after; written, never edited. */
@NullMarked
package fr.essor.audit;

import org.jspecify.annotations.NullMarked;
