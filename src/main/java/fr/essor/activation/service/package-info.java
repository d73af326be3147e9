/** Activation series, bucketed and bounded in the database, and the dashboard's headline figures. */
@NamedInterface("service")
@NullMarked
package fr.essor.activation.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
