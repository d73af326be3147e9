/** Audit entries as stored; only the audit service reads and writes them. */
@NamedInterface("domain")
@NullMarked
package fr.essor.audit.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
