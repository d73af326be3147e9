/** CSV exports written the way a spreadsheet in the reader's language opens them, safe to open. */
@NullMarked
package fr.essor.base.csv;

import org.jspecify.annotations.NullMarked;
