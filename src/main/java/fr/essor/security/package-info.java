/** Who is signed in and what each role may do: the web security chain, roles, sign-in throttling. */
@NullMarked
package fr.essor.security;

import org.jspecify.annotations.NullMarked;
