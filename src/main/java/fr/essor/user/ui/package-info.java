/** Pages about accounts: one's own (language, password, forced after a one-time password) and the admins' user page. */
@NullMarked
package fr.essor.user.ui;

import org.jspecify.annotations.NullMarked;
