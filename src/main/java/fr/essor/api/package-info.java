/** The REST API under /api: token authentication, problem details, the controllers. */
@NullMarked
package fr.essor.api;

import org.jspecify.annotations.NullMarked;
