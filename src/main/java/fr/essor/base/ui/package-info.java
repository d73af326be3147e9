/** The application shell (layout, menu, language switch) and UI pieces every feature's views reuse. */
@NullMarked
package fr.essor.base.ui;

import org.jspecify.annotations.NullMarked;
