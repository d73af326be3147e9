/** The import dialog the deployment page opens: upload, preset or mapping, preview, import with progress. */
@NullMarked
package fr.essor.csvimport.ui;

import org.jspecify.annotations.NullMarked;
