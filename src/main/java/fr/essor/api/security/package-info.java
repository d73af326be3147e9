/** The API's own security chain: bearer tokens, stateless, answers in problem details. */
@NullMarked
package fr.essor.api.security;

import org.jspecify.annotations.NullMarked;
