package org.coderpay.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FigureIdsTest {

    @Test
    void prefixesAreNamespacedAndNumberedFromTheSecondUse() {
        FigureIds ids = new FigureIds();

        assertThat(ids.next("specialties")).isEqualTo("fig-specialties");
        assertThat(ids.next("specialties")).isEqualTo("fig-specialties-2");
        assertThat(ids.next("levels")).isEqualTo("fig-levels");
        assertThat(ids.next("specialties")).isEqualTo("fig-specialties-3");
    }

    @Test
    void aBaseEndingInANumberNeverRepeatsAPrefixAlreadyGiven() {
        FigureIds ids = new FigureIds();
        ids.next("a");
        String second = ids.next("a");

        assertThat(second).isEqualTo("fig-a-2");
        assertThat(ids.next("a-2")).isNotEqualTo(second).isEqualTo("fig-a-2-2");
    }

    @Test
    void eachPageStartsAfresh() {
        new FigureIds().next("levels");

        assertThat(new FigureIds().next("levels")).isEqualTo("fig-levels");
    }

    @Test
    void basesThatCannotBeIdsAreRejected() {
        assertThatThrownBy(() -> new FigureIds().next("Risk adjustment"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Risk adjustment\"");
        assertThatThrownBy(() -> new FigureIds().next("x\"><script>")).isInstanceOf(IllegalArgumentException.class);
    }
}
