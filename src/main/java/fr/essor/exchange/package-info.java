/**
 * A deployment exchanged between Essors: taken out as JSON or a zip of CSV files, and a JSON export brought back
 * in as a new deployment. (A platform's CSV usage export comes in through csvimport.)
 */
@NullMarked
package fr.essor.exchange;

import org.jspecify.annotations.NullMarked;
