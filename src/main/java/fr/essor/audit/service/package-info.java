/** Records a change within the caller's transaction, and reads a deployment's history back. */
@NamedInterface("service")
@NullMarked
package fr.essor.audit.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
