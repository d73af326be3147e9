package fr.essor.base.ui;

import com.vaadin.flow.component.grid.Grid;

/** How tall a grid stands on its page. */
public final class GridHeights {

    private GridHeights() {
    }

    /**
     * A few rows take their own height; more scroll inside a grid of fixed height, whose rows the browser asks
     * for a page at a time as they come into view, so a long list neither lengthens the page nor is all drawn.
     */
    public static void wholeOrScrolling(Grid<?> grid, int rows, int wholeUpTo, String scrollingHeight) {
        boolean whole = rows <= wholeUpTo;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : scrollingHeight);
    }
}
