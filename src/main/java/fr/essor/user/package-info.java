/** The people who may sign in: their account, their role and the deployments they are members of. */
@NullMarked
package fr.essor.user;

import org.jspecify.annotations.NullMarked;
