/**
 * What every feature builds on: entities' base class and partial dates, forms and dialogs, translations,
 * persistence helpers, CSV writing. An open module: its sub-packages are all meant for the others to use,
 * and it depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package fr.essor.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
