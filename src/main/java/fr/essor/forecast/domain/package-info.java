/** The forecast's values: the measured rates it reads, the fitted curve, the projection and the pace it gives. */
@NamedInterface("domain")
@NullMarked
package fr.essor.forecast.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
