package fr.essor.csvimport.service;

import java.util.List;

/** The first lines' results and, for the whole file, how many lines each outcome has. Nothing saved. */
public record ImportPreview(List<LineResult> firstLines, long added, long replaces, long skipped, long refused) {

    public long saved() {
        return added + replaces;
    }

    public long lines() {
        return added + replaces + skipped + refused;
    }
}
