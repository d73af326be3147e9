/** Rules and transactions for deployments; views, imports and the API all go through here. */
@NullMarked
package fr.essor.deployment.service;

import org.jspecify.annotations.NullMarked;
