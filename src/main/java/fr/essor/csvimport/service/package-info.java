/**
 * The import itself, free of Vaadin so the UI and the API call the same thing: read the header, propose
 * a mapping, check each line with the forms' rules, preview, save in one transaction, undo.
 */
@NullMarked
package fr.essor.csvimport.service;

import org.jspecify.annotations.NullMarked;
