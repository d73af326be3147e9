/** The deployments list, a deployment's page and its form. */
@NullMarked
package fr.essor.deployment.ui;

import org.jspecify.annotations.NullMarked;
