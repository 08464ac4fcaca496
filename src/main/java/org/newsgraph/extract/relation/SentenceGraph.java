package org.newsgraph.extract.relation;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * CoreNLP's {@link SemanticGraph} rebuilt from our own sentence record, so that Semgrex runs on whatever produced
 * the sentence (CoreNLP, the cache's stored annotations, the test stand-in), plus two relations of our own that let
 * one rule cover both voices: {@code agent} (who does it: the active subject, a controlling or raising verb's
 * subject, the passive's {@code by} phrase) and {@code theme} (what it is done to: the object, the passive subject,
 * the noun a passive participle describes, "a stake held by V"). A noun lends its agent to the infinitive on it
 * ("X's plan to buy Y", "X announced a deal to buy Y", "X is in talks to buy Y"). The sentence is read as
 * {@link org.newsgraph.extract.VerbsTaggedAsNouns} reads it for every step ("X ships the Y": "ships" a verb).
 */
final class SentenceGraph {

    static final String AGENT = "agent";
    static final String THEME = "theme";
    /**
     * Newsgraph's own edge from a participle marked "after", "since", "upon" ... to what the marker governs: its act is
     * done before the main clause's ("After buying Y, X ..."; lendSubjectsToParticipleClauses).
     */
    static final String DONE_BEFORE = "done-before";

    private final AnnotatedSentence sentence;
    private final SortedOnceGraph graph = new SortedOnceGraph();
    private final Map<Integer, IndexedWord> words = new HashMap<>();

    SentenceGraph(AnnotatedSentence given) {
        this(given, Token::ner);
    }

    /**
     * The graph of a sentence whose tokens' named-entity classes come from {@code ner} (Newsgraph's names where they
     * know better than CoreNLP's tagger) rather than from the tokens.
     */
    SentenceGraph(AnnotatedSentence given, Function<Token, String> ner) {
        AnnotatedSentence sentence = org.newsgraph.extract.VerbsTaggedAsNouns.repair(given);
        this.sentence = sentence;
        int first = sentence.tokens().get(0).index();
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.text());
            label.setValue(token.text());
            label.setOriginalText(token.text());
            label.setLemma(token.lemma() == null ? token.text() : token.lemma().toLowerCase(Locale.ROOT));
            label.setTag(token.pos());
            label.setNER(ner.apply(token));
            label.setIndex(token.index() - first + 1);
            label.setSentIndex(sentence.index());
            label.setBeginPosition(token.start());
            label.setEndPosition(token.end());
            IndexedWord word = new IndexedWord(label);
            words.put(token.index(), word);
            graph.addVertex(word);
        }
        List<Dependency> passives = new ArrayList<>();
        for (Dependency dependency : sentence.dependencies()) {
            IndexedWord dependent = words.get(dependency.dependent());
            if (dependent == null) {
                continue;
            }
            if (dependency.governor() < 0) {
                graph.addRoot(dependent);
                continue;
            }
            IndexedWord governor = words.get(dependency.governor());
            if (governor == null) {
                continue;
            }
            add(governor, dependent, dependency.relation());
            switch (dependency.relation()) {
                case "nsubj", "nsubj:xsubj", "obl:agent" -> add(governor, dependent, AGENT);
                case "obj", "nsubj:pass", "nsubj:pass:xsubj" -> add(governor, dependent, THEME);
                case "acl" -> passives.add(dependency);
                default -> {
                }
            }
        }
        for (Dependency acl : passives) {
            IndexedWord participle = words.get(acl.dependent());
            if ("VBN".equals(participle.tag())) {
                add(participle, words.get(acl.governor()), THEME);
            }
        }
        repairAppositiveSubjects();
        repairUnclosedAppositions();
        repairRelativeVerbsAsSubjects();
        repairMainVerbsAfterRelativeClauses();
        repairDescribedObjects();
        lendSubjectsThroughNouns();
        lendSubjectsToGerunds();
        lendSubjectsToPurposeClauses();
        lendSubjectsToParticipleClauses();
        repairLeavingObjectsAsControllers();
        repairRelativeClauses();
        repairObjectRelativesThroughControl();
        repairWhose();
        repairSpeakersPossessiveInApposition();
        repairPhrasesTakenBySpeechFrames();
        // "TikTok, owned by ByteDance, ..." is sometimes parsed as a participle with a loose dep and obl:by; "the stake
        // in Y held by V is for sale" as a clause whose subject is the stake: a participle with a "by" phrase and no
        // auxiliary is passive, so its subject is what it is done to.
        for (Dependency dependency : sentence.dependencies()) {
            IndexedWord governor = words.get(dependency.governor());
            if (governor != null && "VBN".equals(governor.tag()) && dependency.relation().equals("obl:by")) {
                add(governor, words.get(dependency.dependent()), AGENT);
                IndexedWord subject = child(governor, "nsubj");
                if (subject != null && child(governor, "aux") == null && child(governor, "aux:pass") == null) {
                    add(governor, subject, THEME);
                    SemanticGraphEdge agent = graph.getEdge(governor, subject,
                            GrammaticalRelation.valueOf(Language.UniversalEnglish, AGENT));
                    if (agent != null) {
                        graph.removeEdge(agent);
                    }
                }
            }
        }
        keepSingularClausesOnLastConjunct();
        graph.seal();
    }

    /** Words that make a verb agree with one thing: "which is/was/has been made by". */
    private static final java.util.Set<String> SINGULAR_AUXILIARIES = java.util.Set.of("is", "was", "has");

    /**
     * "the E175 and the A220, which was designed by Bombardier": the parser hangs a relative clause that follows the
     * last of coordinated nouns on the first, and enhanced++ gives its verb every conjunct as subject. A verb that
     * agrees with one thing ("which is/was/has ...", "which makes ...") says the clause is the last conjunct's only,
     * so the others lose the clause's subject, agent and theme edges; "which were designed by" keeps them all, and so
     * does a clause between the conjuncts ("the E175, which ..., and the A220").
     */
    private void keepSingularClausesOnLastConjunct() {
        for (Dependency relcl : sentence.dependencies()) {
            IndexedWord head = words.get(relcl.governor());
            IndexedWord verb = words.get(relcl.dependent());
            IndexedWord pronoun = head == null ? null : child(head, "ref");
            if (!relcl.relation().equals("acl:relcl") || verb == null || pronoun == null || !subjectOf(verb, head)
                    || !singular(verb)) {
                continue;
            }
            List<IndexedWord> conjuncts = new ArrayList<>(List.of(head));
            for (Dependency conj : sentence.dependencies()) {
                if (conj.relation().startsWith("conj") && words.get(conj.governor()) == head && words.get(conj.dependent()) != null) {
                    conjuncts.add(words.get(conj.dependent()));
                }
            }
            IndexedWord last = conjuncts.stream().max(java.util.Comparator.comparingInt(IndexedWord::index)).orElseThrow();
            if (conjuncts.size() < 2 || pronoun.index() < last.index()) {
                continue;
            }
            for (IndexedWord other : conjuncts) {
                if (other != last) {
                    for (String relation : List.of("nsubj", "nsubj:pass", AGENT, THEME)) {
                        SemanticGraphEdge edge = graph.getEdge(verb, other, GrammaticalRelation.valueOf(Language.UniversalEnglish, relation));
                        if (edge != null) {
                            graph.removeEdge(edge);
                        }
                    }
                }
            }
        }
    }

    /** Whether the noun is the verb's subject in the parse (active or passive). */
    private boolean subjectOf(IndexedWord verb, IndexedWord noun) {
        return sentence.dependencies().stream().anyMatch(d -> words.get(d.governor()) == verb && words.get(d.dependent()) == noun
                && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")));
    }

    /** Whether a verb agrees with one thing: a third person's present ("makes") or a singular auxiliary ("was made"). */
    private boolean singular(IndexedWord verb) {
        if ("VBZ".equals(verb.tag())) {
            return true;
        }
        for (Dependency dependency : sentence.dependencies()) {
            IndexedWord auxiliary = words.get(dependency.dependent());
            if (words.get(dependency.governor()) == verb && dependency.relation().matches("aux|aux:pass|cop")
                    && auxiliary != null && SINGULAR_AUXILIARIES.contains(auxiliary.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "G42, a Microsoft client based in Abu Dhabi, spends ...": the parser sometimes hangs the name as a loose
     * {@code dep} of the verb and makes the apposition's noun its subject. The name, followed by a comma and preceding
     * that noun, gets the noun as its apposition and the noun's subject relations as its own.
     */
    private void repairAppositiveSubjects() {
        List<Token> tokens = sentence.tokens();
        int first = tokens.get(0).index();
        for (Dependency loose : sentence.dependencies()) {
            IndexedWord name = words.get(loose.dependent());
            int after = loose.dependent() - first + 1;
            if (!loose.relation().equals("dep") || name == null || !name.tag().startsWith("NN")
                    || !Character.isUpperCase(name.word().charAt(0))
                    || after >= tokens.size() || !tokens.get(after).text().equals(",")) {
                continue;
            }
            for (Dependency subject : sentence.dependencies()) {
                IndexedWord noun = words.get(subject.dependent());
                if (subject.governor() == loose.governor() && subject.relation().equals("nsubj") && noun != null
                        && noun.tag().startsWith("NN") && !noun.tag().startsWith("NNP")
                        && subject.dependent() > loose.dependent()) {
                    add(name, noun, "appos");
                    for (Dependency shared : sentence.dependencies()) {
                        if (shared.dependent() == subject.dependent() && shared.relation().equals("nsubj")
                                && words.get(shared.governor()) != null) {
                            add(words.get(shared.governor()), name, "nsubj");
                            add(words.get(shared.governor()), name, AGENT);
                        }
                    }
                }
            }
        }
    }

    /**
     * "... as its parent company, EADS starts a restructuring", "its chief executive, Tom Reed said": an apposition
     * whose closing comma the writer left out is parsed as a clause hanging from the noun ({@code dep}), the name as
     * that clause's subject. A common noun followed by a comma, then a name (its compounds, then its head) that is the
     * subject of a verb hanging from that noun, gets the name as its apposition.
     */
    private void repairUnclosedAppositions() {
        List<Token> tokens = sentence.tokens();
        int first = tokens.get(0).index();
        for (Dependency loose : sentence.dependencies()) {
            IndexedWord noun = words.get(loose.governor());
            IndexedWord verb = words.get(loose.dependent());
            if (!loose.relation().equals("dep") || noun == null || verb == null || !noun.tag().matches("NNS?")
                    || !verb.tag().startsWith("VB")) {
                continue;
            }
            int comma = loose.governor() - first + 1;
            if (comma >= tokens.size() || !tokens.get(comma).text().equals(",")) {
                continue;
            }
            IndexedWord name = child(verb, "nsubj");
            if (name == null || !Character.isUpperCase(name.word().charAt(0))) {
                continue;
            }
            // the words from the comma to the name's head are the name's own compounds
            boolean adjacent = true;
            for (int i = comma + 1; i < name.index() - 1 && adjacent; i++) {
                IndexedWord word = words.get(tokens.get(i).index());
                adjacent = sentence.dependencies().stream().anyMatch(d -> d.relation().equals("compound")
                        && words.get(d.governor()) == name && words.get(d.dependent()) == word);
            }
            if (adjacent && name.index() - 1 > comma) {
                add(noun, name, "appos");
            }
        }
    }

    /**
     * "X, the Dundee jam maker that employs 240 people at its plant, has agreed to buy Y", "The two tables that follow
     * reflect ...": the parser sometimes takes the relative clause's verb for the subject of the main verb
     * ({@code nsubj(agreed, employs)}) and hangs the main verb on the described noun, so the main verb and the
     * infinitive it controls ({@code nsubj:xsubj}) have a verb as their agent. A finite verb is no noun phrase: a verb
     * whose nominal subject is a finite verb that follows a relative pronoun standing for a noun ({@code ref}:
     * "that", "which", "who") gets as its agent that noun, or the name the noun is in apposition to ("X, the maker
     * that ..."), and so does every verb that shares the subject; the relative verb gets the noun as its own agent.
     */
    private void repairRelativeVerbsAsSubjects() {
        for (Dependency subject : sentence.dependencies()) {
            IndexedWord relative = words.get(subject.dependent());
            if (!subject.relation().equals("nsubj") || words.get(subject.governor()) == null || relative == null
                    || !relative.tag().matches("VBZ|VBD|VBP")) {
                continue;
            }
            IndexedWord noun = relativeAntecedent(relative);
            if (noun == null) {
                continue;
            }
            IndexedWord head = noun;
            for (Dependency apposition : sentence.dependencies()) {
                IndexedWord name = words.get(apposition.governor());
                if (apposition.relation().equals("appos") && words.get(apposition.dependent()) == noun && name != null
                        && name.index() < noun.index()) {
                    head = name;
                }
            }
            for (Dependency shared : sentence.dependencies()) {
                IndexedWord verb = words.get(shared.governor());
                if (words.get(shared.dependent()) == relative && verb != null && verb != relative
                        && shared.relation().matches("nsubj|nsubj:xsubj")) {
                    remove(verb, relative, AGENT);
                    add(verb, head, AGENT);
                }
            }
            if (!hasSubject(relative)) {
                add(relative, noun, AGENT);
            }
        }
    }

    /**
     * The same sentence parsed another way ("X, the Dundee jam and marmalade maker that employs 240 people at its plant,
     * has agreed to buy Y"): the relative clause's verb hangs from the name ({@code dep}) with the pronoun as its
     * subject, and the main verb hangs from the relative verb ({@code dep}) with no subject of its own, so no one
     * agrees to buy. A finite verb with no subject that hangs by {@code dep} from a relative clause's verb (whose
     * subject is "that/which/who"), after a comma that closes the clause, gets as its agent the name the clause hangs
     * from, and so does the infinitive it controls ({@code xcomp}) when that has no subject either.
     */
    private void repairMainVerbsAfterRelativeClauses() {
        for (Dependency loose : sentence.dependencies()) {
            IndexedWord relative = words.get(loose.governor());
            IndexedWord main = words.get(loose.dependent());
            if (!loose.relation().equals("dep") || relative == null || main == null || main.index() <= relative.index()
                    || !finite(main) || hasSubject(main) || !commaBetween(relative, main) || !rightAfterComma(main)) {
                continue;
            }
            IndexedWord pronoun = child(relative, "nsubj");
            IndexedWord name = clauseName(relative);
            if (pronoun == null || !RELATIVE_PRONOUNS.contains(pronoun.word().toLowerCase(Locale.ROOT)) || name == null) {
                continue;
            }
            add(main, name, AGENT);
            for (Dependency xcomp : sentence.dependencies()) {
                IndexedWord controlled = words.get(xcomp.dependent());
                if (xcomp.relation().equals("xcomp") && words.get(xcomp.governor()) == main && controlled != null
                        && !hasSubject(controlled)) {
                    add(controlled, name, AGENT);
                }
            }
        }
    }

    /** Whether a verb is finite: a tensed form, or a participle with an auxiliary ("has agreed"). */
    private boolean finite(IndexedWord verb) {
        return verb.tag().matches("VBD|VBZ|VBP") || "VBN".equals(verb.tag()) && child(verb, "aux") != null;
    }

    /**
     * Whether a verb follows a comma with nothing but auxiliaries and adverbs between (", has agreed"), as the main
     * verb after a closed clause does; a noun between is a subject the parser left loose ("According to the Times,
     * which broke the news, an insider claimed ...": the insider claimed), so nothing is lent.
     */
    private boolean rightAfterComma(IndexedWord verb) {
        List<Token> tokens = sentence.tokens();
        for (int i = verb.index() - 2; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.text().equals(",")) {
                return true;
            }
            if (token.pos() == null || !token.pos().matches("MD|VB.*|RB")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a comma stands between two words of the sentence. */
    private boolean commaBetween(IndexedWord first, IndexedWord last) {
        List<Token> tokens = sentence.tokens();
        for (int i = first.index(); i < last.index() - 1; i++) {
            if (tokens.get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The name before it that a relative clause's verb hangs from ({@code dep} or {@code acl:relcl}), or null. */
    private IndexedWord clauseName(IndexedWord relative) {
        for (Dependency clause : sentence.dependencies()) {
            IndexedWord name = words.get(clause.governor());
            if (words.get(clause.dependent()) == relative && clause.relation().matches("dep|acl:relcl") && name != null
                    && name.tag().startsWith("NNP") && name.index() < relative.index()) {
                return name;
            }
        }
        return null;
    }

    /**
     * The noun a relative pronoun right before the verb stands for ("maker" of "the maker that employs"), by the
     * parse's {@code ref}; adverbs may come between ("that still employs"). None when no pronoun opens the clause.
     */
    private IndexedWord relativeAntecedent(IndexedWord verb) {
        List<Token> tokens = sentence.tokens();
        int at = verb.index() - 2;
        while (at >= 0 && "RB".equals(tokens.get(at).pos())) {
            at--;
        }
        if (at < 0 || !RELATIVE_PRONOUNS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        IndexedWord pronoun = words.get(tokens.get(at).index());
        for (Dependency ref : sentence.dependencies()) {
            IndexedWord noun = words.get(ref.governor());
            if (ref.relation().equals("ref") && words.get(ref.dependent()) == pronoun && noun != null
                    && noun.tag().startsWith("NN") && noun.index() < pronoun.index()) {
                return noun;
            }
        }
        return null;
    }

    /**
     * "X agreed to buy the biscuit maker Y from Z", "W, which bought the Danish toy maker Y in 2021": the parser reads
     * the noun that describes the firm as the verb's indirect object and hangs the firm's name on it ({@code dep} or
     * {@code appos}), so
     * the verb has no object. A verb with an indirect object and no object, whose indirect object is a common noun
     * with a name after it as {@code dep}, gets that noun as its theme (what it is done to), as "X bought its rival Y"
     * has it.
     */
    private void repairDescribedObjects() {
        for (Dependency indirect : sentence.dependencies()) {
            IndexedWord verb = words.get(indirect.governor());
            IndexedWord noun = words.get(indirect.dependent());
            if (!indirect.relation().equals("iobj") || verb == null || noun == null || !verb.tag().startsWith("VB")
                    || !noun.tag().matches("NNS?") || child(verb, "obj") != null) {
                continue;
            }
            IndexedWord name = child(noun, "dep");
            if (name == null) {
                name = child(noun, "appos"); // "agreed to buy the Danish carmaker Y": the name hung as apposition
            }
            if (name != null && name.tag().startsWith("NNP") && name.index() > noun.index()) {
                add(verb, noun, THEME);
            }
        }
    }

    /** Verbs whose subject makes the deal their object names: "X announced a deal to buy Y". */
    private static final java.util.Set<String> DEAL_VERBS = java.util.Set.of("announce", "make", "strike", "sign",
            "reach", "seal", "launch", "unveil", "agree", "propose", "submit", "complete", "finalize", "finalise",
            "close", "confirm", "table", "enter");

    /**
     * Verbs whose subject is the one allowed to do what their object permits: "X won approval to buy Y", "X received
     * permission to acquire Y". Only with a noun of {@link #PERMISSIONS}: "X received an offer to buy Y" is another's.
     */
    private static final java.util.Set<String> PERMISSION_VERBS = java.util.Set.of("win", "receive", "get", "obtain",
            "secure", "gain", "land", "clinch");

    /** Nouns of being allowed to do something. */
    private static final java.util.Set<String> PERMISSIONS = java.util.Set.of("approval", "permission", "clearance",
            "go-ahead", "consent", "authorization", "authorisation", "right", "nod", "backing");

    /**
     * Nouns of work won: "X won a contract to supply batteries to Y", "X landed an order to build ten ships": the one
     * who wins the work does it (an order placed or a contract awarded is the other side's, and takes no such verb).
     */
    private static final java.util.Set<String> WORK_WON = java.util.Set.of("contract", "order", "tender", "mandate",
            "concession");

    /**
     * Whether a verb's subject makes its object noun's infinitive its own: a deal verb, or a permission or a piece of
     * work won.
     */
    private static boolean lendsThroughObject(IndexedWord verb, IndexedWord noun) {
        return DEAL_VERBS.contains(verb.lemma()) || PERMISSION_VERBS.contains(verb.lemma())
                && (PERMISSIONS.contains(noun.lemma()) || WORK_WON.contains(noun.lemma()));
    }

    /**
     * Whether a verb's subject is a party to the deal it enters: "X entered into a definitive agreement to acquire Y",
     * the filings' way of stating a deal (KPI-EDGAR: Mastercard, Visa, Verizon 10-Ks), where the deal noun is the
     * verb's {@code obl:into}, not its object.
     */
    private static boolean entersInto(IndexedWord verb, String relation) {
        return relation.equals("obl:into") && verb.lemma().equals("enter");
    }

    /**
     * "X's plan to buy Y", "X announced a deal to acquire Y", "X is in talks to buy Y", "X won approval to buy Y": the
     * infinitive on a noun gets as its agent the noun's possessor, else the subject of a deal verb (or of a verb
     * winning a permission) whose object the noun is, else the
     * noun's own subject (a copula). A control verb's subject does the same through CoreNLP's {@code nsubj:xsubj};
     * a noun lends none, so these are added here. An infinitive with a subject of its own keeps it.
     */
    private void lendSubjectsThroughNouns() {
        for (Dependency controlled : sentence.dependencies()) {
            // "X announced a deal to buy Y" parsed as "announced ... to buy" with the deal as the one who buys
            IndexedWord verb = words.get(controlled.governor());
            IndexedWord noun = words.get(controlled.dependent());
            if (!controlled.relation().equals("nsubj:xsubj") || verb == null || noun == null
                    || !noun.tag().matches("NNS?")) {
                continue;
            }
            for (Dependency xcomp : sentence.dependencies()) {
                IndexedWord controller = words.get(xcomp.governor());
                if (xcomp.relation().equals("xcomp") && xcomp.dependent() == controlled.governor() && controller != null
                        && lendsThroughObject(controller, noun) && child(controller, "obj") == noun
                        && child(controller, "nsubj") != null) {
                    add(verb, child(controller, "nsubj"), AGENT);
                }
            }
        }
        for (Dependency clause : sentence.dependencies()) {
            IndexedWord noun = words.get(clause.governor());
            IndexedWord verb = words.get(clause.dependent());
            if (noun == null || verb == null || !clause.relation().startsWith("acl") || !"VB".equals(verb.tag())
                    || !noun.tag().startsWith("NN") || !hasChild(verb, "mark", "to")
                    || !graph.getChildrenWithReln(verb, GrammaticalRelation.valueOf(Language.UniversalEnglish, AGENT))
                    .isEmpty()) {
                continue;
            }
            IndexedWord agent = child(noun, "nmod:poss");
            if (agent == null) {
                for (Dependency up : sentence.dependencies()) {
                    IndexedWord governor = words.get(up.governor());
                    if (up.dependent() == clause.governor() && governor != null && (up.relation().equals("obj")
                            && lendsThroughObject(governor, noun) || entersInto(governor, up.relation()))) {
                        agent = child(governor, "nsubj");
                    }
                }
            }
            if (agent == null) {
                agent = child(noun, "nsubj");
            }
            if (agent != null) {
                add(verb, agent, AGENT);
            }
        }
    }

    /**
     * "X began selling Y", "X started making Y", "X keeps buying Y": a gerund complement does what its verb's subject
     * does, but CoreNLP lends that subject ({@code nsubj:xsubj}) only to a "to" infinitive; the gerund gets the verb's
     * subject as its agent here. A gerund with a subject of its own ("saw X buying Y") keeps it.
     */
    private void lendSubjectsToGerunds() {
        for (Dependency xcomp : sentence.dependencies()) {
            IndexedWord verb = words.get(xcomp.governor());
            IndexedWord gerund = words.get(xcomp.dependent());
            if (!xcomp.relation().equals("xcomp") || verb == null || gerund == null || !"VBG".equals(gerund.tag())
                    || child(gerund, "nsubj") != null || child(verb, "obj") != null) {
                continue;
            }
            IndexedWord subject = child(verb, "nsubj");
            if (subject != null) {
                add(gerund, subject, AGENT);
            }
        }
    }

    /**
     * "Tom Reed quit X in 2019 to become chief executive of Y", "X sold its unit to raise cash": an infinitive of
     * purpose ({@code advcl} marked "to") with no subject of its own does what its main clause's subject does;
     * CoreNLP lends that subject only to a complement ({@code xcomp}), so the clause gets it as its agent here.
     */
    private void lendSubjectsToPurposeClauses() {
        for (Dependency clause : sentence.dependencies()) {
            IndexedWord verb = words.get(clause.governor());
            IndexedWord purpose = words.get(clause.dependent());
            if (verb == null || purpose == null || !clause.relation().startsWith("advcl") || !"VB".equals(purpose.tag())
                    || !hasChild(purpose, "mark", "to") || hasSubject(purpose)) {
                continue;
            }
            IndexedWord subject = child(verb, "nsubj");
            if (subject != null) {
                add(purpose, subject, AGENT);
            }
        }
    }

    /**
     * The markers after which a participle clause tells what its main clause's subject did ("After buying Y, X ...",
     * "Since acquiring Y, X ...", "X, having acquired Y, ..."). Not "without", "instead of", "rather than", "despite"
     * or "before": those say the act did not (yet) happen, or weigh it against another.
     */
    private static final java.util.Set<String> DONE_MARKERS = java.util.Set.of("after", "since", "upon", "on", "when",
            "while", "once");

    /**
     * The markers of {@link #DONE_MARKERS} after which the clause's act is over before the main clause's: not "when"
     * or "while", whose act may still be going on ("While buying Y, X ..."): the done-before edge.
     */
    private static final java.util.Set<String> BEFORE_MARKERS = java.util.Set.of("after", "since", "upon", "on", "once");

    /**
     * "After buying Y last year, X folded its staff into Z", "X, having acquired Y, now sells ...": a participle clause
     * with no subject of its own, unmarked or marked by one of {@link #DONE_MARKERS}, does what its main clause's
     * subject does; CoreNLP lends that subject only to a complement ({@code xcomp}), so the clause gets it as its agent
     * here (s44-relations: the participial and adverbial clauses issue 13 lists). The parser gives the clause three
     * shapes: an adverbial clause ({@code advcl}); the gerund as the object of the marker read as a preposition
     * ({@code obl:after}: "After completing its purchase of Y"); and, when the gerund's object is a name, the gerund
     * read as an adjective of that name ("After buying Y": {@code obl:after(moved, Y)}, {@code amod(Y, buying)}), which
     * is taken back as a verb with the name as its theme only when the gerund stands right after the marker. One pass
     * over the edges: no walk.
     */
    private void lendSubjectsToParticipleClauses() {
        for (Dependency clause : sentence.dependencies()) {
            IndexedWord verb = words.get(clause.governor());
            IndexedWord head = words.get(clause.dependent());
            if (verb == null || head == null || !doneMarker(clause.relation(), head)) {
                continue;
            }
            IndexedWord participle = null;
            IndexedWord named = null;
            if (clause.relation().startsWith("advcl") && ("VBG".equals(head.tag())
                    || "VBN".equals(head.tag()) && hasChild(head, "aux", "having"))) {
                participle = head;
            } else if (clause.relation().startsWith("obl:") && "VBG".equals(head.tag())) {
                participle = head;
            } else if (clause.relation().startsWith("obl:")) {
                IndexedWord gerund = child(head, "amod");
                IndexedWord marker = child(head, "case");
                if (gerund != null && marker != null && "VBG".equals(gerund.tag())
                        && gerund.index() == marker.index() + 1 && gerund.index() < head.index()) {
                    participle = gerund;
                    named = head;
                }
            }
            if (participle == null || hasSubject(participle)) {
                continue;
            }
            IndexedWord subject = child(verb, "nsubj");
            if (subject == null) {
                subject = child(verb, "nsubj:pass");
            }
            if (subject == null || "WDT".equals(subject.tag()) || "WP".equals(subject.tag())) {
                continue;
            }
            add(participle, subject, AGENT);
            // the act is done before the main clause's: "After buying Y" owns Y (acquired-after-owns reads this edge
            // to the marker)
            IndexedWord marker = named != null ? child(named, "case") : clause.relation().startsWith("obl")
                    ? child(participle, "case") : child(participle, "mark");
            if (marker != null && BEFORE_MARKERS.contains(marker.word().toLowerCase(Locale.ROOT))) {
                add(participle, marker, DONE_BEFORE);
            }
            if (named != null) {
                add(participle, named, THEME);
                for (Dependency conjunct : sentence.dependencies()) {
                    if (conjunct.relation().equals("conj:and") && words.get(conjunct.governor()) == named
                            && words.get(conjunct.dependent()) != null) {
                        add(participle, words.get(conjunct.dependent()), THEME);
                    }
                }
            }
        }
    }

    /**
     * Whether the clause is unmarked or marked by a word of {@link #DONE_MARKERS} (an {@code obl} always names its
     * preposition: "obl:after"; a bare {@code obl} or an {@code obl:tmod} is no clause of these).
     */
    private boolean doneMarker(String relation, IndexedWord participle) {
        String marker = relation.indexOf(':') > 0 ? relation.substring(relation.indexOf(':') + 1) : null;
        if (relation.startsWith("obl")) {
            return marker != null && DONE_MARKERS.contains(marker);
        }
        if (marker == null) {
            IndexedWord mark = child(participle, "mark");
            marker = mark == null ? null : mark.word().toLowerCase(java.util.Locale.ROOT);
        }
        return marker == null || DONE_MARKERS.contains(marker);
    }

    /**
     * Verbs of leaving, whose subject is the one who goes on to do the infinitive after their object: "Jane Marlow
     * left X to become chief executive of Y" (Marlow becomes it, not X).
     */
    private static final java.util.Set<String> LEAVING = java.util.Set.of("leave", "quit", "exit", "depart", "abandon",
            "desert");

    /**
     * "Jane Marlow left X to become chief executive of Y": the parser reads "left X to become" as "asked X to become",
     * the object X as the subject of the infinitive ({@code nsubj:xsubj}). After a verb of leaving the infinitive's
     * subject is the verb's own: the object loses the agent edge and the subject gets it. So after a sum as the object
     * ("X paid $7.5 billion to buy Y", "X spent $2 million to acquire Y", s43-variants): money does nothing itself.
     */
    private void repairLeavingObjectsAsControllers() {
        for (Dependency controlled : sentence.dependencies()) {
            IndexedWord infinitive = words.get(controlled.governor());
            IndexedWord object = words.get(controlled.dependent());
            if (!controlled.relation().equals("nsubj:xsubj") || infinitive == null || object == null) {
                continue;
            }
            for (Dependency xcomp : sentence.dependencies()) {
                IndexedWord verb = words.get(xcomp.governor());
                if (xcomp.relation().equals("xcomp") && xcomp.dependent() == controlled.governor() && verb != null
                        && (LEAVING.contains(verb.lemma()) || money(object)) && isChild(verb, object, "obj")
                        && child(verb, "nsubj") != null) {
                    remove(infinitive, object, AGENT);
                    remove(infinitive, object, "nsubj:xsubj");
                    add(infinitive, child(verb, "nsubj"), AGENT);
                }
            }
        }
    }

    /** Whether a word is a sum of money ("$" of "$7.5 billion", a word the tagger marks MONEY). */
    private static boolean money(IndexedWord word) {
        return "$".equals(word.tag()) || "MONEY".equals(word.ner());
    }

    /** Verbs of saying that frame a reported clause: "..., Y said". */
    private static final java.util.Set<String> SAYING = java.util.Set.of("say", "tell", "announce", "report", "add",
            "confirm", "state", "disclose");

    /**
     * "X, its main supplier, raised prices, Y said": in a clause reported by a named speaker after it, "its" in an
     * apposition to that clause's subject is the speaker's (X cannot be its own supplier, and the speaker is who the
     * sentence is about). The apposition's possessive is read as the speaker's name. Only for a speaker written
     * after the clause and tagged as a proper noun; "X, its main supplier, raised prices, analysts said" is left alone.
     */
    private void repairSpeakersPossessiveInApposition() {
        for (Dependency reported : sentence.dependencies()) {
            IndexedWord saying = words.get(reported.governor());
            IndexedWord clause = words.get(reported.dependent());
            if (!reported.relation().equals("ccomp") || saying == null || clause == null
                    || !SAYING.contains(saying.lemma())) {
                continue;
            }
            IndexedWord speaker = child(saying, "nsubj");
            IndexedWord subject = child(clause, "nsubj");
            if (speaker == null || subject == null || !speaker.tag().startsWith("NNP") || speaker.index() < clause.index()
                    || subject.equals(speaker)) {
                continue;
            }
            giveSpeakerTheApposition(subject, speaker);
        }
        repairSpeakerParsedAsApposition();
    }

    /** The prepositions of a reported clause's phrases that a closing frame's verb takes from it. */
    private static final java.util.Set<String> FRAME_TAKEN_CASES = java.util.Set.of("obl:in", "obl:into", "obl:from",
            "obl:to");
    /** How a closing frame's verb hangs on the clause it reports: as its complement, or on the clause's object noun. */
    private static final java.util.Set<String> FRAME_ATTACHMENTS = java.util.Set.of("ccomp", "acl:relcl", "parataxis");

    /**
     * "X has invested $25 million in Y, a Boston drug developer, the fund said", "X has taken a 10% stake in Y, a
     * Dublin baker, the investor said": after a long phrase the parser may hang the closing frame's verb on the
     * reported clause (its complement, or a relative clause of the stake) and give the frame's verb the clause's
     * "in", "into", "from" or "to" phrase, which it cannot have: the phrase stands before the frame's speaker. Such
     * a phrase goes back to the word the frame hangs on: the reported verb's obl ("invested ... in Y"), or the
     * noun's nmod ("a stake in Y"); a loose {@code dep} before the speaker ("$25 million") becomes the verb's object.
     */
    private void repairPhrasesTakenBySpeechFrames() {
        for (Dependency frame : sentence.dependencies()) {
            IndexedWord reported = words.get(frame.governor());
            IndexedWord saying = words.get(frame.dependent());
            if (reported == null || saying == null || !FRAME_ATTACHMENTS.contains(frame.relation())
                    || !SAYING.contains(saying.lemma()) || saying.index() < reported.index()) {
                continue;
            }
            IndexedWord speaker = child(saying, "nsubj");
            if (speaker == null || speaker.index() > saying.index()) {
                continue;
            }
            boolean verb = reported.tag() != null && reported.tag().startsWith("VB");
            for (Dependency taken : sentence.dependencies()) {
                IndexedWord phrase = words.get(taken.dependent());
                if (words.get(taken.governor()) != saying || phrase == null || phrase.index() < reported.index()
                        || phrase.index() > speaker.index()) {
                    continue;
                }
                if (FRAME_TAKEN_CASES.contains(taken.relation())) {
                    remove(saying, phrase, taken.relation());
                    add(reported, phrase, verb ? taken.relation() : "nmod:" + taken.relation().substring(4));
                } else if (taken.relation().equals("dep") && verb && child(reported, "obj") == null) {
                    remove(saying, phrase, "dep");
                    add(reported, phrase, "obj");
                    add(reported, phrase, THEME);
                }
            }
        }
    }

    /** The "its" of every apposition to the reported clause's subject is read as the speaker's name. */
    private void giveSpeakerTheApposition(IndexedWord subject, IndexedWord speaker) {
        for (Dependency appos : sentence.dependencies()) {
            IndexedWord noun = words.get(appos.dependent());
            if (!appos.relation().equals("appos") || words.get(appos.governor()) != subject || noun == null
                    || noun == speaker) {
                continue;
            }
            IndexedWord possessive = child(noun, "nmod:poss");
            if (possessive != null && SINGULAR_POSSESSIVES.contains(possessive.word().toLowerCase(Locale.ROOT))) {
                remove(noun, possessive, "nmod:poss");
                add(noun, speaker, "nmod:poss");
            }
        }
    }

    /**
     * "X, its largest customer, cut orders, Y said": the parser may read the reported verb as a noun and hang it and
     * the speaker as appositions of X, which becomes the subject of "said". When the last apposition of the saying
     * verb's subject is a proper noun set off by a comma and standing right before the verb, it is the speaker: it
     * becomes the verb's subject, and the "its" of the other appositions is read as its name.
     */
    private void repairSpeakerParsedAsApposition() {
        for (Dependency said : sentence.dependencies()) {
            IndexedWord saying = words.get(said.governor());
            IndexedWord subject = words.get(said.dependent());
            if (!said.relation().equals("nsubj") || saying == null || subject == null
                    || !SAYING.contains(saying.lemma()) || subject.index() > saying.index()) {
                continue;
            }
            IndexedWord speaker = null;
            for (Dependency appos : sentence.dependencies()) {
                IndexedWord noun = words.get(appos.dependent());
                if (appos.relation().equals("appos") && words.get(appos.governor()) == subject && noun != null
                        && (speaker == null || noun.index() > speaker.index())) {
                    speaker = noun;
                }
            }
            if (speaker == null || !speaker.tag().startsWith("NNP") || speaker.index() != saying.index() - 1
                    || !",".equals(tokenBefore(phraseStart(speaker)))) {
                continue;
            }
            remove(subject, speaker, "appos");
            add(saying, speaker, "nsubj");
            add(saying, speaker, AGENT);
            giveSpeakerTheApposition(subject, speaker);
        }
    }

    /** The position in the sentence (from 1) of the first word of a name: its head's leftmost compound. */
    private int phraseStart(IndexedWord head) {
        int start = head.index();
        for (Dependency compound : sentence.dependencies()) {
            IndexedWord word = words.get(compound.dependent());
            if (compound.relation().equals("compound") && words.get(compound.governor()) == head && word != null) {
                start = Math.min(start, word.index());
            }
        }
        return start;
    }

    /** The text of the token before a position in the sentence (from 1), or null at its start. */
    private String tokenBefore(int position) {
        int at = position - 2;
        return at < 0 || at >= sentence.tokens().size() ? null : sentence.tokens().get(at).text();
    }

    private static final java.util.Set<String> SINGULAR_POSSESSIVES = java.util.Set.of("its");

    /** Relative pronouns that open a clause on the name before them: "X, which bought Y, ...", "X, who ...". */
    private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("which", "who", "that");

    /**
     * "X, which bought Y last year, reported a loss", "X, which did not comment, bought Y": the parser often leaves a
     * relative clause after a name and the main verb after it hanging by loose {@code dep} edges, neither verb with a
     * subject. Here the first verb after "name , which/who" gets the name as its agent, and so does a finite verb
     * without a subject that hangs by {@code dep} from the name or from that clause's verb. Verbs with a subject of
     * their own keep it.
     */
    private void repairRelativeClauses() {
        List<Token> tokens = sentence.tokens();
        for (int i = 2; i < tokens.size(); i++) {
            IndexedWord name = words.get(tokens.get(i - 2).index());
            if (!RELATIVE_PRONOUNS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
                    || !tokens.get(i - 1).text().equals(",") || !name.tag().startsWith("NNP")) {
                continue;
            }
            IndexedWord clause = null;
            for (int j = i + 1; j < tokens.size() && clause == null; j++) {
                IndexedWord word = words.get(tokens.get(j).index());
                if (word.tag().startsWith("VB") && !isAuxiliary(word)) {
                    clause = word;
                } else if (!word.tag().matches("VB.*|MD|RB")) {
                    break; // the clause's verb comes first, after auxiliaries and "not": "which did not comment"
                }
            }
            if (clause == null) {
                continue;
            }
            if (!hasSubject(clause)) {
                add(clause, name, AGENT);
            }
            repairClauseVerbAsModifier(clause);
            repairMainVerbAsModifier(name, clause);
            for (Dependency loose : sentence.dependencies()) {
                IndexedWord governor = words.get(loose.governor());
                IndexedWord verb = words.get(loose.dependent());
                if (loose.relation().equals("dep") && verb != null && (name.equals(governor) || clause.equals(governor))
                        && verb.tag().matches("VBD|VBZ|VBP") && !verb.equals(clause) && verb.index() > clause.index()
                        && !hasSubject(verb)) {
                    add(verb, name, AGENT);
                }
            }
        }
    }

    /**
     * "Y, which X agreed to buy last year", "the unit that X plans to sell", "Y, which A and B started to build": in an
     * object relative clause whose verb controls an infinitive, enhanced++ makes the described noun the object of the
     * controlling verb ("agreed") and so the infinitive's subject, leaving the infinitive without an object: Y agrees
     * and Y buys. The noun is what the infinitive is done to. A relative clause's verb with a subject of its own that
     * comes after the pronoun, the described noun as its object and an infinitive with no object of its own: the
     * infinitive gets the noun as its theme and the clause's subject (each conjunct) as its agent, and the wrong edges
     * go. An infinitive with an object ("Y, which X persuaded to buy Z") is left alone: there the noun does control it.
     */
    private void repairObjectRelativesThroughControl() {
        for (Dependency relcl : sentence.dependencies()) {
            IndexedWord noun = words.get(relcl.governor());
            IndexedWord verb = words.get(relcl.dependent());
            IndexedWord pronoun = noun == null ? null : child(noun, "ref");
            if (!relcl.relation().equals("acl:relcl") || verb == null || pronoun == null
                    || pronoun.index() >= verb.index() || !objectOf(verb, noun)) {
                continue;
            }
            List<IndexedWord> subjects = new ArrayList<>();
            for (Dependency subject : sentence.dependencies()) {
                IndexedWord doer = words.get(subject.dependent());
                if (words.get(subject.governor()) == verb && subject.relation().equals("nsubj") && doer != null
                        && doer != noun && doer.index() > pronoun.index() && doer.index() < verb.index()) {
                    subjects.add(doer);
                }
            }
            if (subjects.isEmpty()) {
                continue;
            }
            for (Dependency xcomp : sentence.dependencies()) {
                IndexedWord infinitive = words.get(xcomp.dependent());
                if (!xcomp.relation().equals("xcomp") || words.get(xcomp.governor()) != verb || infinitive == null
                        || !infinitive.tag().startsWith("VB") || child(infinitive, "obj") != null
                        || child(infinitive, "nsubj:pass") != null || child(infinitive, "ccomp") != null) {
                    continue;
                }
                remove(infinitive, noun, AGENT);
                remove(verb, noun, THEME);
                add(infinitive, noun, THEME);
                for (IndexedWord doer : subjects) {
                    add(infinitive, doer, AGENT);
                }
            }
        }
    }

    /** Whether the noun is the verb's object in the parse. */
    private boolean objectOf(IndexedWord verb, IndexedWord noun) {
        return sentence.dependencies().stream().anyMatch(d -> words.get(d.governor()) == verb
                && words.get(d.dependent()) == noun && d.relation().equals("obj"));
    }

    /**
     * "X, whose acquisition by Y closed in 2018", "X, whose biggest customer is Y", "X, whose parent is Y": "whose" is
     * X's, but enhanced++ leaves it a pronoun with no edge back to the name (and the parser often hangs the clause on
     * the name by a loose {@code dep}). The noun "whose" possesses, right after "name , whose", gets the name as its
     * possessor too, so the rules that read a possessor read the name.
     */
    private void repairWhose() {
        List<Token> tokens = sentence.tokens();
        for (int i = 2; i < tokens.size(); i++) {
            IndexedWord name = words.get(tokens.get(i - 2).index());
            if (!tokens.get(i).text().equalsIgnoreCase("whose") || !tokens.get(i - 1).text().equals(",")
                    || name.tag() == null || !name.tag().startsWith("NNP")) {
                continue;
            }
            IndexedWord whose = words.get(tokens.get(i).index());
            for (Dependency dependency : sentence.dependencies()) {
                IndexedWord noun = words.get(dependency.governor());
                if (dependency.relation().equals("nmod:poss") && words.get(dependency.dependent()) == whose
                        && noun != null && noun.tag() != null && noun.tag().startsWith("NN")) {
                    add(noun, name, "nmod:poss");
                }
            }
        }
    }

    /**
     * "X, which bought Y, plans to buy Z": the parser sometimes reads the clause's verb as a modifier of the noun after
     * it ("bought" an {@code amod} of Y, Y an apposition of X). A clause verb that modifies a noun after it, with no
     * object of its own, gets that noun as its theme.
     */
    private void repairClauseVerbAsModifier(IndexedWord clause) {
        if (child(clause, "obj") != null || child(clause, THEME) != null || child(clause, "aux:pass") != null) {
            return;
        }
        for (Dependency modifier : sentence.dependencies()) {
            IndexedWord noun = words.get(modifier.governor());
            if (modifier.relation().equals("amod") && words.get(modifier.dependent()) == clause && noun != null
                    && noun.index() > clause.index() && noun.tag().startsWith("NN")) {
                add(clause, noun, THEME);
            }
        }
    }

    /**
     * "X, which was bought by Y in 2019, acquired Z": the parser sometimes runs the relative clause on into the main
     * clause, reading the main verb as a modifier of its object ("acquired" an {@code amod} of Z) and Z as the clause
     * verb's object. A verb right after the comma that closes the clause, modifying a noun the clause verb has as its
     * object, is the main verb: the name its subject, the noun its object and no longer the clause verb's.
     */
    private void repairMainVerbAsModifier(IndexedWord name, IndexedWord clause) {
        List<Token> tokens = sentence.tokens();
        int first = tokens.get(0).index();
        for (Dependency modifier : sentence.dependencies()) {
            IndexedWord verb = words.get(modifier.dependent());
            IndexedWord noun = words.get(modifier.governor());
            int before = modifier.dependent() - first - 1;
            if (!modifier.relation().equals("amod") || verb == null || noun == null || !verb.tag().matches("VBD|VBN")
                    || verb.index() <= clause.index() || before < 0 || !tokens.get(before).text().equals(",")
                    || !isChild(clause, noun, "obj")) {
                continue;
            }
            remove(clause, noun, "obj");
            remove(clause, noun, THEME);
            verb.setTag("VBD");
            add(verb, name, "nsubj");
            add(verb, name, AGENT);
            add(verb, noun, "obj");
            add(verb, noun, THEME);
        }
    }

    private boolean isChild(IndexedWord governor, IndexedWord dependent, String relation) {
        return graph.getEdge(governor, dependent, GrammaticalRelation.valueOf(Language.UniversalEnglish, relation)) != null;
    }

    private void remove(IndexedWord governor, IndexedWord dependent, String relation) {
        SemanticGraphEdge edge = graph.getEdge(governor, dependent,
                GrammaticalRelation.valueOf(Language.UniversalEnglish, relation));
        if (edge != null) {
            graph.removeEdge(edge);
        }
    }

    private boolean hasSubject(IndexedWord verb) {
        return sentence.dependencies().stream().anyMatch(d -> words.get(d.governor()) == verb
                && d.relation().startsWith("nsubj") && words.get(d.dependent()) != null
                && !RELATIVE_PRONOUNS.contains(words.get(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    private boolean isAuxiliary(IndexedWord word) {
        return sentence.dependencies().stream().anyMatch(d -> words.get(d.dependent()) == word
                && d.relation().matches("aux|aux:pass|cop"));
    }

    private boolean hasChild(IndexedWord word, String relation, String text) {
        return sentence.dependencies().stream().anyMatch(d -> d.relation().equals(relation)
                && words.get(d.governor()) == word && words.get(d.dependent()) != null
                && words.get(d.dependent()).word().equalsIgnoreCase(text));
    }

    private IndexedWord child(IndexedWord word, String relation) {
        for (Dependency dependency : sentence.dependencies()) {
            if (dependency.relation().equals(relation) && words.get(dependency.governor()) == word) {
                return words.get(dependency.dependent());
            }
        }
        return null;
    }

    private void add(IndexedWord governor, IndexedWord dependent, String relation) {
        if (governor.equals(dependent) || graph.containsEdge(governor, dependent)
                && graph.getEdge(governor, dependent, GrammaticalRelation.valueOf(Language.UniversalEnglish, relation)) != null) {
            return;
        }
        graph.addEdge(governor, dependent, GrammaticalRelation.valueOf(Language.UniversalEnglish, relation), 1.0, false);
    }

    SemanticGraph graph() {
        return graph;
    }

    AnnotatedSentence sentence() {
        return sentence;
    }

    /** The token a matched node stands for. */
    Token token(IndexedWord word) {
        return sentence.tokens().get(word.index() - 1);
    }
}
