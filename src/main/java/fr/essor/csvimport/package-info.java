/**
 * CSV imports of measurements and events into a deployment: the networks' own usage exports (presets)
 * or any file with a column mapping; previewed line by line, saved all or nothing, undoable by an admin.
 */
@NullMarked
package fr.essor.csvimport;

import org.jspecify.annotations.NullMarked;
