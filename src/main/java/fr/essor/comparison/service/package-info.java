/** Side-by-side comparison of deployments aligned on months since launch, with market benchmarks. */
@NullMarked
package fr.essor.comparison.service;

import org.jspecify.annotations.NullMarked;
