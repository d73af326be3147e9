/** Flyway's Java migrations: those that reuse a rule the code owns, so it is written once. */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
