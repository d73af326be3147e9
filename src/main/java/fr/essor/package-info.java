/** Essor: tracks enterprise social network rollouts. One package per feature, each with domain, service and ui. */
@NullMarked
package fr.essor;

import org.jspecify.annotations.NullMarked;
