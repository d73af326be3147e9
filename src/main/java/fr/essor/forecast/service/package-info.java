/** The adoption model: the curve fit (Commons Math least squares), its uncertainty band, the pace ranking. */
@NullMarked
package fr.essor.forecast.service;

import org.jspecify.annotations.NullMarked;
