/** Pages about one's own account: the password change (forced after a one-time password). */
@NullMarked
package fr.essor.user.ui;

import org.jspecify.annotations.NullMarked;
