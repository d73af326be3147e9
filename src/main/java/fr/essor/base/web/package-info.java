/** What every HTTP request goes through before Vaadin, the API or Spring Security sees it. */
@NullMarked
package fr.essor.base.web;

import org.jspecify.annotations.NullMarked;
