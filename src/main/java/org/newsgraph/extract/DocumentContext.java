package org.newsgraph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * What the figure and relation readers need to know about an article's entities: which entity a token belongs to,
 * who "the company" is at each sentence (the organisation most recently named as a sentence's subject, else the
 * article's most-mentioned one), and dependency-tree navigation.
 */
public final class DocumentContext {

    public static final Set<String> COMPANY_WORDS = Set.of("company", "firm", "group", "carrier", "airline", "startup",
            "start-up", "bank", "lender", "retailer", "grocer", "carmaker", "automaker", "insurer", "drugmaker",
            "chipmaker", "business", "utility", "manufacturer", "operator", "supplier", "chain", "cooperative",
            "co-operative", "fund", "developer", "maker", "it");

    private final AnnotatedText doc;
    private final Map<Integer, Entity> entityByToken = new HashMap<>();
    private final Map<Integer, String> companyBySentence = new HashMap<>();
    private final String topic;
    private final List<Description> descriptions = new ArrayList<>();

    public DocumentContext(AnnotatedText doc, List<Entity> entities) {
        this.doc = doc;
        Map<Integer, List<Entity>> mentionsBySentence = new HashMap<>();
        for (Entity entity : entities) {
            for (Span mention : entity.mentions()) {
                AnnotatedSentence sentence = doc.sentences().get(mention.sentence());
                for (Token token : sentence.tokensIn(mention.start(), mention.end())) {
                    entityByToken.put(token.index(), entity);
                }
                mentionsBySentence.computeIfAbsent(mention.sentence(), k -> new ArrayList<>()).add(entity);
            }
        }
        topic = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .max(java.util.Comparator.comparingInt((Entity e) -> e.mentions().size())
                        .thenComparing(e -> -e.mentions().get(0).start()))
                .map(Entity::id).orElse(null);
        String company = topic;
        for (AnnotatedSentence sentence : doc.sentences()) {
            describe(sentence);
            companyBySentence.put(sentence.index(), company);
            String subject = subjectOrganization(sentence);
            if (subject != null) {
                company = subject;
            }
        }
    }

    /** The organisation "the company" refers to in this sentence, or null. */
    public String company(int sentence) {
        return companyBySentence.get(sentence);
    }

    public String topic() {
        return topic;
    }

    public Entity entityAt(Token token) {
        return entityByToken.get(token.index());
    }

    /** The entity a noun phrase headed by this token names: the token's own entity, its possessor, or "the company". */
    public Entity entityOfPhrase(AnnotatedSentence sentence, Token head, Map<String, Entity> byId) {
        Entity own = entityAt(head);
        if (own != null) {
            return own;
        }
        // "Granite Peak Partners, a US private equity firm that acquired ...": the firm is the name it stands beside.
        Token governor = sentence.head(head);
        if (governor != null && sentence.relationToHead(head).equals("appos") && entityAt(governor) != null) {
            return entityAt(governor);
        }
        for (Token child : sentence.children(head)) {
            String relation = sentence.relationToHead(child);
            if ((relation.equals("nmod:poss") || relation.equals("compound") || relation.equals("appos")
                    || relation.equals("dep"))
                    && entityAt(child) != null && entityAt(child).type() != EntityType.PLACE) {
                return entityAt(child);
            }
            if (relation.equals("nmod:poss") && child.text().equalsIgnoreCase("its") && company(sentence.index()) != null) {
                return byId.get(company(sentence.index()));
            }
        }
        // "Brasswood Partners, which bought it": "it" as an object is the organisation the sentence is about.
        if (head.text().equalsIgnoreCase("it") && !sentence.relationToHead(head).startsWith("nsubj")) {
            String subject = subjectOrganization(sentence);
            if (subject != null) {
                return byId.get(subject);
            }
        }
        if (isCompanyWord(sentence, head)) {
            String id = described(sentence.index(), head.text().toLowerCase(java.util.Locale.ROOT));
            return id == null ? null : byId.get(id);
        }
        return null;
    }

    /**
     * The organisation "the cooperative" means in a sentence: the last one the article described with that noun
     * before ("Fenland Growers, a Cambridgeshire cooperative"), else "the company" of the sentence.
     */
    String described(int sentence, String noun) {
        String id = null;
        for (Description description : descriptions) {
            if (description.sentence() <= sentence && description.noun().equals(noun)) {
                id = description.entityId();
            }
        }
        return id != null ? id : company(sentence);
    }

    /** Whether the article described an organisation with this noun up to this sentence. */
    public boolean hasDescription(int sentence, String noun) {
        return descriptions.stream().anyMatch(d -> d.sentence() <= sentence && d.noun().equals(noun));
    }

    private record Description(int sentence, String noun, String entityId) {
    }

    /** Nouns in apposition to an organisation's name, or before it: "X, the Leeds-based supermarket chain". */
    private void describe(AnnotatedSentence sentence) {
        for (Token token : sentence.tokens()) {
            String noun = token.text().toLowerCase(java.util.Locale.ROOT);
            if (!COMPANY_WORDS.contains(noun) || noun.equals("it")) {
                continue;
            }
            Token governor = sentence.head(token);
            Entity named = governor != null && sentence.relationToHead(token).equals("appos") ? entityAt(governor) : null;
            for (Token child : sentence.children(token)) {
                if (named == null && sentence.relationToHead(child).equals("appos")) {
                    named = entityAt(child);
                }
            }
            if (named != null && named.type() == EntityType.ORGANIZATION) {
                descriptions.add(new Description(sentence.index(), noun, named.id()));
            }
        }
    }

    boolean isCompanyWord(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(java.util.Locale.ROOT);
        if (!COMPANY_WORDS.contains(word)) {
            return false;
        }
        if (word.equals("it")) {
            return true;
        }
        return sentence.children(token).stream().anyMatch(c -> c.text().equalsIgnoreCase("the"));
    }

    /** The organisation named as the subject of the sentence's main verb, if any. */
    private String subjectOrganization(AnnotatedSentence sentence) {
        Token root = sentence.tokens().stream().filter(t -> sentence.relationToHead(t).equals("root")).findFirst()
                .orElse(null);
        if (root == null) {
            return null;
        }
        for (Token token : sentence.children(root)) {
            String relation = sentence.relationToHead(token);
            if (relation.startsWith("nsubj")) {
                Entity entity = entityAt(token);
                if (entity == null) {
                    for (Token child : sentence.children(token)) {
                        if (sentence.relationToHead(child).equals("nmod:poss") && entityAt(child) != null) {
                            entity = entityAt(child);
                        }
                    }
                }
                if (entity != null && entity.type() == EntityType.ORGANIZATION) {
                    return entity.id();
                }
                return null;
            }
        }
        return null;
    }

    /** The token and all below it in the dependency tree. */
    static List<Token> subtree(AnnotatedSentence sentence, Token root) {
        List<Token> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Token> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Token token = todo.poll();
            if (seen.add(token.index())) {
                out.add(token);
                todo.addAll(sentence.children(token));
            }
        }
        return out;
    }

    AnnotatedText doc() {
        return doc;
    }
}
