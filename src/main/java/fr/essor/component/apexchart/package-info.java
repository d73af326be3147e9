/**
 * Essor's own Flow component over the npm "apexcharts" package: typed options sent as JSON to one
 * custom element. A library: it imports nothing from the rest of Essor.
 */
@NamedInterface("apexchart")
@NullMarked
package fr.essor.component.apexchart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
