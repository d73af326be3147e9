/** Export downloads (JSON, a zip of CSV files) offered on the deployment pages. */
@NullMarked
package fr.essor.transfer.ui;

import org.jspecify.annotations.NullMarked;
