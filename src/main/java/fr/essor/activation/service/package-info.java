/** Activation series, bucketed and bounded in the database, and the dashboard's headline figures. */
@NullMarked
package fr.essor.activation.service;

import org.jspecify.annotations.NullMarked;
