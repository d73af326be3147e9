/**
 * The frame around every page: the menu and top bar, the language switch, the page for an unknown address.
 * Apart from base because it shows who is signed in, and security builds on base.
 */
@NullMarked
package fr.essor.shell;

import org.jspecify.annotations.NullMarked;
