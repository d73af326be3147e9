/** User accounts and deployment memberships as stored; only the user services read them. */
@NullMarked
package fr.essor.user.domain;

import org.jspecify.annotations.NullMarked;
