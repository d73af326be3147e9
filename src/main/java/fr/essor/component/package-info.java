/** Essor's own Flow components over npm libraries; each sub-package is one component, published whole. */
@NullMarked
package fr.essor.component;

import org.jspecify.annotations.NullMarked;
