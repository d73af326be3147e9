/** Accounts for sign-in, the first admin, the demo users and memberships; other features ask here. */
@NamedInterface("service")
@NullMarked
package fr.essor.user.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
