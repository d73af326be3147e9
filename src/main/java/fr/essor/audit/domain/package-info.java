/** Audit entries as stored; only the audit service reads and writes them. */
@NullMarked
package fr.essor.audit.domain;

import org.jspecify.annotations.NullMarked;
