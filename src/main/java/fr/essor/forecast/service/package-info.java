/** The adoption model: the curve fit (Commons Math least squares), its uncertainty band, the pace ranking. */
@NamedInterface("service")
@NullMarked
package fr.essor.forecast.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
