package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Reads from the dependency parse what a figure is about: its subject entity, the measure in the article's words,
 * the whole of a share, and when it holds (SUTime).
 */
final class FigureContext {

    private static final Set<String> CHANGE_NOUNS = Set.of("increase", "rise", "jump", "gain", "growth", "surge",
            "climb", "rebound", "hike", "drop", "decline", "fall", "slump", "decrease", "cut", "reduction", "dip",
            "plunge", "slide", "contraction");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "det:poss");
    /** Verbs whose subject is who acts ("companies spend"), not what is measured ("revenue rose"). */
    private static final Set<String> AGENT_VERBS = Set.of("spend", "earn", "generate", "pay", "invest", "raise",
            "sell", "buy", "make", "receive", "charge", "borrow", "lend", "order", "hire", "employ", "operate",
            "carry", "serve", "plan", "expect", "book", "post", "report", "record", "forecast", "target", "win",
            "sign", "offer", "agree", "spent", "lose", "save", "open", "close", "build", "acquire", "have");
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "announce", "report", "add", "note",
            "explain", "estimate", "expect", "predict", "warn", "argue", "write", "claim", "confirm", "state");
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|Q[1-4]|H[12]|W\\d{2}))?");

    private final DocumentContext context;
    private final Map<String, Entity> byId;

    FigureContext(DocumentContext context, Map<String, Entity> byId) {
        this.context = context;
        this.byId = byId;
    }

    record About(String subject, String measure, String of, String time) {
    }

    About about(AnnotatedSentence sentence, int start, int end, FigureCandidate candidate) {
        List<Token> span = sentence.tokensIn(start, end);
        if (span.isEmpty()) {
            return new About(context.company(sentence.index()), null, candidate.of(), null);
        }
        Token head = headOf(sentence, span);
        String subject = subject(sentence, head);
        String measure = measure(sentence, span, head, candidate);
        String of = candidate.of();
        if (candidate.kind() == FigureKind.SHARE) {
            Token whole = child(sentence, head, "nmod:of");
            if (whole != null) {
                Entity owner = context.entityOfPhrase(sentence, whole, byId);
                of = owner != null ? owner.id() : phrase(sentence, whole);
            }
        }
        if (subject == null) {
            subject = firstOrganization(sentence);
        }
        if (subject == null) {
            subject = context.company(sentence.index());
        }
        return new About(subject, measure, of, time(sentence, start));
    }

    private static Token headOf(AnnotatedSentence sentence, List<Token> span) {
        for (Token token : span) {
            Token head = sentence.head(token);
            if (head == null || head.end() <= span.get(0).start() || head.start() >= span.get(span.size() - 1).end()) {
                if (!token.pos().equals("CD") || span.size() == 1) {
                    return token;
                }
            }
        }
        return span.get(span.size() - 1);
    }

    /**
     * The entity named as subject of the clause the figure is in, or of a clause above it. A person who only
     * reports the figure ("Lund said profit fell 12%") is not what it is about: speech verbs are not climbed.
     */
    private String subject(AnnotatedSentence sentence, Token head) {
        List<Token> path = new ArrayList<>();
        path.add(head);
        path.addAll(DependencyWalk.ancestors(sentence, head));
        for (int step = 0; step < 6 && step < path.size(); step++) {
            Token current = path.get(step);
            if (step > 0 && SPEECH_VERBS.contains(lemma(current))) {
                return null;
            }
            for (Token child : sentence.children(current)) {
                if (sentence.relationToHead(child).startsWith("nsubj") && child != head) {
                    Entity entity = context.entityOfPhrase(sentence, child, byId);
                    if (entity != null && entity.type() != EntityType.PLACE && entity.type() != EntityType.PERSON) {
                        return entity.id();
                    }
                }
            }
        }
        return null;
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    }

    private String measure(AnnotatedSentence sentence, List<Token> span, Token head, FigureCandidate candidate) {
        for (Token token : span) {
            if (CHANGE_NOUNS.contains(token.text().toLowerCase(Locale.ROOT))) {
                for (Token child : sentence.children(token)) {
                    String relation = sentence.relationToHead(child);
                    if (relation.equals("nmod:in") || relation.equals("nmod:of")) {
                        return phrase(sentence, child);
                    }
                }
            }
        }
        if (candidate.kind() == FigureKind.SHARE) {
            Token whole = child(sentence, head, "nmod:of");
            if (whole != null) {
                return phrase(sentence, whole);
            }
        }
        Token verb = head.pos().startsWith("VB") ? head : DependencyWalk.ancestors(sentence, head).stream()
                .filter(t -> t.pos().startsWith("VB")).findFirst().orElse(null);
        if (verb == null) {
            return null;
        }
        boolean agentVerb = AGENT_VERBS.contains(verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT));
        for (Token child : sentence.children(verb)) {
            if (!agentVerb && sentence.relationToHead(child).startsWith("nsubj") && context.entityAt(child) == null
                    && !child.pos().startsWith("PRP") && !context.isCompanyWord(sentence, child)
                    && child.pos().startsWith("NN")) {
                return phrase(sentence, child);
            }
        }
        for (Token child : sentence.children(verb)) {
            String relation = sentence.relationToHead(child);
            if (relation.startsWith("obl:") && !span.contains(child) && context.entityAt(child) == null
                    && child.pos().startsWith("NN") && child.index() > head.index()) {
                return verb.text().toLowerCase(Locale.ROOT) + " " + relation.substring(4) + " " + phrase(sentence, child);
            }
        }
        return null;
    }

    /** A noun with its left modifiers, without a possessive entity: "Microsoft's stock price" -> "stock price". */
    private String phrase(AnnotatedSentence sentence, Token head) {
        java.util.SortedSet<Token> words = new java.util.TreeSet<>(Comparator.comparingInt(Token::index));
        words.add(head);
        for (Token child : sentence.children(head)) {
            String relation = sentence.relationToHead(child);
            if (MODIFIERS.contains(relation) && child.index() < head.index() && context.entityAt(child) == null
                    && !child.pos().startsWith("PRP")) {
                words.addAll(DocumentContext.subtree(sentence, child).stream()
                        .filter(t -> t.index() < head.index() && context.entityAt(t) == null
                                && !t.pos().equals("POS") && !t.pos().startsWith("PRP")).toList());
            }
        }
        StringBuilder out = new StringBuilder();
        for (Token word : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.text());
        }
        return out.toString();
    }

    private static Token child(AnnotatedSentence sentence, Token token, String relation) {
        for (Token child : sentence.children(token)) {
            if (sentence.relationToHead(child).equals(relation)) {
                return child;
            }
        }
        return null;
    }

    private String firstOrganization(AnnotatedSentence sentence) {
        for (Token token : sentence.tokens()) {
            Entity entity = context.entityAt(token);
            if (entity != null && entity.type() == EntityType.ORGANIZATION) {
                return entity.id();
            }
        }
        return null;
    }

    /** The nearest date expression in the sentence: an ISO value when SUTime resolved one, else its words. */
    private String time(AnnotatedSentence sentence, int figureStart) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).ner().equals("DATE")) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("DATE")) {
                j++;
            }
            String normalized = tokens.get(i).normalized();
            String words = context.doc().text().substring(tokens.get(i).start(), tokens.get(j).end());
            String value = null;
            if (normalized != null && ISO_TIME.matcher(normalized).matches()) {
                value = normalized;
            } else if (normalized != null && normalized.startsWith("XXXX") && !words.matches("(?i).*\\b(ago|last|next)\\b.*")) {
                value = words.replaceFirst("(?i)^the\\s+", "");
            }
            int distance = Math.abs(tokens.get(i).start() - figureStart);
            if (value != null && distance < bestDistance) {
                best = value;
                bestDistance = distance;
            }
            i = j + 1;
        }
        return best;
    }
}
