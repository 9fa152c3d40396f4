package io.klien.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedNameTests {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "PT Maju Jaya | 'Maju Jaya, PT'",
            "PT. Maju Jaya Tbk | maju jaya",
            "P.T. Maju Jaya | MAJU JAYA",
            "Café Ñandú GmbH | cafe nandu",
            "Acme, Inc. | ACME LLC",
            "O'Brien & Sons Ltd | obrien sons",
            "CV Sinar-Terang | sinar terang"})
    void variantsOfOneNameNormaliseAlike(String one, String other) {
        assertThat(NormalizedName.of(one)).isEqualTo(NormalizedName.of(other));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"Maju Jaya | Maju Jaya Abadi", "PT Sinar | CV Terang"})
    void differentNamesStayDifferent(String one, String other) {
        assertThat(NormalizedName.of(one)).isNotEqualTo(NormalizedName.of(other));
    }

    @ParameterizedTest
    @CsvSource({"PT, pt", "'  ', ''"})
    void aNameOfOnlyALegalFormKeepsItsWords(String name, String expected) {
        assertThat(NormalizedName.of(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "PT Maju Jaya | Jaya Maju",
            "'Maju Jaya, PT' | jaya MAJU tbk",
            "José Núñez | Nunez Jose",
            "Budi Setiawan Budi | Setiawan, Budi"})
    void namesWithTheSameWordsInAnotherOrderShareTheirWords(String one, String other) {
        assertThat(NormalizedName.words(one)).isEqualTo(NormalizedName.words(other));
        assertThat(NormalizedName.sameWords(one, other)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"Maju Jaya | Maju Jaya Abadi", "PT | CV", "' ' | ' '"})
    void namesWithOtherWordsOrNoWordsDoNotShareThem(String one, String other) {
        assertThat(NormalizedName.sameWords(one, other)).isFalse();
    }
}
