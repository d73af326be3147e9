/** What keeps saved data safe underneath the services: the database's state after a crash. */
@NullMarked
package fr.essor.base.persistence;

import org.jspecify.annotations.NullMarked;
