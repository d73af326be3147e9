/** The export document, its JSON form, and the import that recreates a deployment from it. */
@NamedInterface("service")
@NullMarked
package fr.essor.exchange.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
