package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, session 29: a person's own length of time, an age or a tenure the measure chain read, is about the person
 * who is the subject of the clause it hangs on ({@code FigureContext.personalTime}, {@link PersonalTimes}): named
 * ("Jo Lind died at the age of 56", asserted as near-sole) or "she" resolved to the person named in the sentence
 * before (proposed: coreference-across-sentences), not the employer the chain climbed to nor the article's company;
 * and an age whose subject is no person is no organisation's ("A man died at the age of 82 after a fire at Acme's
 * warehouse": no subject). Sentences parsed by hand as CoreNLP parses them ("||" between sentences of one row; the
 * figure is in the last); a row "control" passes without the change too.
 */
class PersonalTimesS29SubjectsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a named person's age | 56 | jo-lind | true | age | Jo/NNP/PERSON Lind/NNP/PERSON died/VBD/_/die at/IN "
                    + "the/DT age/NN of/IN 56/CD ./. ## compound(Lind, Jo) nsubj(died, Lind) root(ROOT, died) "
                    + "case(age, at) det(age, the) obl:at(died, age) case(56, of) nmod:of(age, 56) punct(died, .)",
            "a named person's tenure, not the employer's | 25 years | jo-lind | true | tenure | Jo/NNP/PERSON "
                    + "Lind/NNP/PERSON has/VBZ/_/have worked/VBN/_/work at/IN Acme/NNP/ORGANIZATION for/IN 25/CD "
                    + "years/NNS/_/year ./. ## compound(Lind, Jo) nsubj(worked, Lind) aux(worked, has) "
                    + "root(ROOT, worked) case(Acme, at) obl:at(worked, Acme) case(years, for) nummod(years, 25) "
                    + "obl:for(worked, years) punct(worked, .)",
            "she, from the sentence before: proposed | 33 years | jo-lind | false | person | Jo/NNP/PERSON "
                    + "Lind/NNP/PERSON joined/VBD/_/join Acme/NNP/ORGANIZATION in/IN 1990/CD/DATE ./. ## "
                    + "compound(Lind, Jo) nsubj(joined, Lind) root(ROOT, joined) obj(joined, Acme) case(1990, in) "
                    + "obl:in(joined, 1990) punct(joined, .) @@ She/PRP has/VBZ/_/have been/VBN/_/be with/IN "
                    + "Acme/NNP/ORGANIZATION for/IN 33/CD years/NNS/_/year ./. ## nsubj(Acme, She) aux(Acme, has) "
                    + "cop(Acme, been) case(Acme, with) root(ROOT, Acme) case(years, for) nummod(years, 33) "
                    + "nmod:for(Acme, years) punct(Acme, .)",
            "an unnamed man's age: no subject, not the company | 82 | - | false | - | A/DT man/NN died/VBD/_/die "
                    + "at/IN the/DT age/NN of/IN 82/CD after/IN a/DT fire/NN at/IN Acme/NNP/ORGANIZATION 's/POS "
                    + "warehouse/NN ./. ## det(man, A) nsubj(died, man) root(ROOT, died) case(age, at) det(age, the) "
                    + "obl:at(died, age) case(82, of) nmod:of(age, 82) case(fire, after) det(fire, a) "
                    + "obl:after(died, fire) case(warehouse, at) nmod:poss(warehouse, Acme) case(Acme, 's) "
                    + "nmod:at(fire, warehouse) punct(died, .)",
            "control: an organisation's own span of time | 30 years | acme | true | organization | "
                    + "Acme/NNP/ORGANIZATION has/VBZ/_/have operated/VBN/_/operate in/IN Poland/NNP/LOCATION for/IN "
                    + "30/CD years/NNS/_/year ./. ## nsubj(operated, Acme) aux(operated, has) root(ROOT, operated) "
                    + "case(Poland, in) obl:in(operated, Poland) case(years, for) nummod(years, 30) "
                    + "obl:for(operated, years) punct(operated, .)"})
    void aPersonsOwnTimeIsThePersons(String name, String figure, String subject, boolean sure, String detail,
                                     String parsed) {
        List<String[]> sentences = new ArrayList<>();
        for (String sentence : parsed.split("@@")) {
            String[] parts = sentence.split("##");
            sentences.add(new String[] {parts[0].strip(), parts[1].strip()});
        }
        FigureContext.About about = HandParsedFigure.about(sentences, figure, FigureKind.DURATION, "YR");
        HandParsedFigure.assertSubject(about, subject, sure, detail);
    }
}
