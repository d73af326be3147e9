/** The sign-in page. */
@NullMarked
package fr.essor.security.ui;

import org.jspecify.annotations.NullMarked;
