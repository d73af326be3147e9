/**
 * The sign-in page, served as plain HTML outside Vaadin so that a visitor who never signs in costs the server
 * no session, and the guards of the sign-in form itself (same origin).
 */
@NullMarked
package fr.essor.security.signin;

import org.jspecify.annotations.NullMarked;
