/** REST controllers under /api, beside the Vaadin servlet; they call the same services as the pages. */
@NullMarked
package fr.essor.api.rest;

import org.jspecify.annotations.NullMarked;
