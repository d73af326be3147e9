/** The whole audit trail for admins, and the wording of a change every page that shows changes shares. */
@NullMarked
package fr.essor.audit.ui;

import org.jspecify.annotations.NullMarked;
