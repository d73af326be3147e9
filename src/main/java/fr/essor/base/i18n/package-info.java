/** Message bundles: French by default, English complete; both are read from vaadin-i18n/translations*.properties. */
@NullMarked
package fr.essor.base.i18n;

import org.jspecify.annotations.NullMarked;
