/** The import dialog the deployment page opens: upload, preset or mapping, preview, import with progress. */
@NullMarked
package fr.essor.imports.ui;

import org.jspecify.annotations.NullMarked;
