package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short forms of surnames of more than one word (session 19, s19-entities): the class is seen in session 18's made-up
 * articles by two authors ("Echeverría told reporters" after "Tomás Echeverría Vial"; "Da Costa's counterpart" after
 * "Luís da Costa", both left as persons of their own) and in the names of the entity probes (Maria de la Cruz, Pieter
 * van der Berg, Carlos da Silva Pereira, Hendrik de Vries).
 */
class CompoundSurnamesTest {

    @ParameterizedTest(name = "{1} of {0}: {2}")
    @CsvSource(delimiter = '|', value = {
        // a particle's capital at a sentence's start
        "Luís da Costa | Da Costa | true",
        "Pieter van der Berg | Van der Berg | true",
        "Hendrik de Vries | De Vries | true",
        "Maria de la Cruz | De la Cruz | true",
        // the first of two surnames
        "Tomás Echeverría Vial | Echeverría | true",
        "José Luis Rodríguez Zapatero | Rodríguez | true",
        "María José Sanz de Lucas | Sanz | true",
        "Xavier Puig i Ferrer | Puig | true",
        // not: a given name, a middle initial, a suffix, a particle's name, another surname
        "José de la Fuente | José | false",
        "Mark R. Warner | R. | false",
        "William Clay Ford Jr. | Ford | false",
        "Carlos da Silva Pereira | Silva | false",
        "Tomás Echeverría Vial | Tomás | false",
        "Ricky Van Allen | Van | false",
        "Mary Barra | Mary | false",
        "Luís da Costa | Da Silva | false",
        "Tomás Echeverría Vial | Echeverria | false"})
    void aShortFormOfACompoundSurname(String fullName, String shortName, boolean expected) {
        assertEquals(expected, CompoundSurnames.shortFormOf(fullName, shortName));
    }
}
