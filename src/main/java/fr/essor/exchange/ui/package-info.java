/** Export downloads (JSON, a zip of CSV files) offered on the deployment pages. */
@NullMarked
package fr.essor.exchange.ui;

import org.jspecify.annotations.NullMarked;
