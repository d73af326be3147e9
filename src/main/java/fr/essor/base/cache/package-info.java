/**
 * Values every session shares: Caffeine caches held by Spring's cache manager, each filled by its service,
 * and made stale by every write this instance commits. Decision record 0009 says why they work as they do.
 */
@NullMarked
package fr.essor.base.cache;

import org.jspecify.annotations.NullMarked;
