/** The rollout's pages: the deployments, one deployment with its milestone log, and their forms. */
@NullMarked
package fr.essor.rollout.ui;

import org.jspecify.annotations.NullMarked;
