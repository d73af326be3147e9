/** Taking a deployment out of Essor (JSON, CSV) and bringing a JSON export back in. */
@NullMarked
package fr.essor.transfer;

import org.jspecify.annotations.NullMarked;
