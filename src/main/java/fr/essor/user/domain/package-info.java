/** User accounts and deployment memberships as stored; only the user services read them. */
@NamedInterface("domain")
@NullMarked
package fr.essor.user.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
