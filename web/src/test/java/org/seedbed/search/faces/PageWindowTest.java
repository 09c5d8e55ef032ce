package org.seedbed.search.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageWindowTest {

    @Test
    void offersNoPagerForOnePage() {
        assertThat(PageWindow.pages(0, 1)).isEmpty();
        assertThat(PageWindow.pages(0, 0)).isEmpty();
    }

    @Test
    void listsEveryPageWhenThereAreFew() {
        assertThat(PageWindow.pages(0, 5)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void showsTheEndsAndTheNeighboursWithGapsBetween() {
        assertThat(PageWindow.pages(0, 20)).containsExactly(0, 1, 2, null, 19);
        assertThat(PageWindow.pages(10, 20)).containsExactly(0, null, 8, 9, 10, 11, 12, null, 19);
        assertThat(PageWindow.pages(19, 20)).containsExactly(0, null, 17, 18, 19);
    }

    @Test
    void showsAOnePageGapAsThatPage() {
        assertThat(PageWindow.pages(4, 20)).containsExactly(0, 1, 2, 3, 4, 5, 6, null, 19);
    }

    @Test
    void treatsAPagePastTheLastAsTheLast() {
        assertThat(PageWindow.pages(50, 3)).containsExactly(0, 1, 2);
    }
}
