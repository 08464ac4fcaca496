package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;

/**
 * Merges the entities of all articles into one entity per real-world thing and rewrites each article's extraction to
 * use the merged ids, precision first. Entities are one thing when they have the same Wikidata id; when they have the
 * same id (ids are slugs of canonical names, so "Microsoft" in two articles is one entity) or one's full name is an
 * alias of exactly one other, only if their types agree and nothing contradicts it ({@link #contradicts}: different
 * Wikidata ids, a person's different first names); or when the journalists' {@link Curation} merges them. Short
 * forms and acronyms ("GM", "Ford" for Ford Motor) are merged by the article that introduces them, never across
 * articles: elsewhere "Ford" may be Gerald Ford. Curation also fixes types, adds aliases and Wikidata ids, and drops
 * what is not an entity.
 */
public final class Resolver {

    private final Curation curation;
    /** The last resolution's rewrites in this process, null for none: see {@link ResolutionMemory}. */
    private final ResolutionMemory memory;

    public Resolver() {
        this(Curation.none());
    }

    public Resolver(Curation curation) {
        this(curation, null);
    }

    /**
     * With the rewrites of the last resolution in this process ({@code memory}, null for none): an article whose
     * extraction, ids and named things are the same gets that resolution's rewritten extraction.
     */
    public Resolver(Curation curation, ResolutionMemory memory) {
        this.curation = Objects.requireNonNull(curation, "curation");
        this.memory = memory;
    }

    /**
     * @param entities    one per thing, sorted by id
     * @param extractions the input extractions, in the same order, with merged ids; curated-away entities removed
     * @param warnings    curation entries that name no entity of the articles (an entry for a name no article has, a
     *                    merge into one), typically because its article was deleted: they change nothing, so the
     *                    build goes on and says so
     */
    public record Resolution(List<ResolvedEntity> entities, List<Extraction> extractions, List<ArticleProblem> warnings) {

        public Resolution {
            entities = List.copyOf(entities);
            extractions = List.copyOf(extractions);
            warnings = List.copyOf(warnings);
        }
    }

    /** The resolved entities only. */
    public List<ResolvedEntity> resolve(List<Extraction> extractions) {
        return resolution(extractions).entities();
    }

    /** A mention of an entity in one article, after curation. */
    private record Local(int doc, Entity entity, List<String> names, EntityType type, String sameAs,
                         Curation.Entry curated) {
    }

    public Resolution resolution(List<Extraction> extractions) {
        List<Local> locals = new ArrayList<>();
        for (int doc = 0; doc < extractions.size(); doc++) {
            for (Entity entity : extractions.get(doc).entities()) {
                List<String> names = new ArrayList<>();
                names.add(entity.name());
                names.addAll(entity.aliases());
                Curation.Entry curated = curation.forNames(names).orElse(null);
                if (curated != null && curated.notAnEntity()) {
                    continue;
                }
                EntityType type = curated != null && curated.type() != null ? curated.type() : entity.type();
                String sameAs = curated != null && curated.wikidata() != null ? curated.wikidata() : entity.sameAs();
                if (curated != null) {
                    names.addAll(curated.aliases());
                }
                locals.add(new Local(doc, entity, names, type, sameAs, curated));
            }
        }
        UnionFind groups = new UnionFind(locals);
        Map<Local, String> why = new java.util.IdentityHashMap<>();
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            Local local = locals.get(i);
            if (local.sameAs() != null) {
                Integer first = firstByKey.putIfAbsent("wikidata:" + local.sameAs(), i);
                if (first != null) {
                    groups.union(first, i);
                    because(why, locals, i, first, "same Wikidata id as ");
                }
            }
        }
        Map<String, List<Integer>> byId = new HashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            if (!articleBound(locals.get(i))) {
                joinCompatible(locals, groups, byId.computeIfAbsent(locals.get(i).entity().id(), k -> new ArrayList<>()),
                        i, why);
            }
        }
        joinAliases(locals, groups, why);
        Map<Integer, List<Local>> members = new TreeMap<>();
        for (int i = 0; i < locals.size(); i++) {
            members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(locals.get(i));
        }
        Map<Integer, String> ids = new HashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        members.forEach((root, group) -> {
            String id = groupId(group);
            int n = taken.merge(id, 1, Integer::sum);
            ids.put(root, n == 1 ? id : id + "-" + n);
        });
        List<ArticleProblem> warnings = new ArrayList<>();
        reportUnnamed(extractions, locals, warnings);
        Map<String, TreeSet<String>> formerIds = new HashMap<>();
        applyMerges(locals, groups, ids, formerIds, warnings, why);
        return assemble(extractions, locals, groups, ids, formerIds, warnings, why);
    }

    /**
     * Notes why two articles' entities were taken for one thing, on both (the first reason each gets stays): each
     * one's name, if the merged thing is named otherwise, is an alias the other article's name explains.
     */
    private static void because(Map<Local, String> why, List<Local> locals, int a, int b, String reason) {
        if (locals.get(a).entity().name().equals(locals.get(b).entity().name())) {
            return;
        }
        why.putIfAbsent(locals.get(a), reason + locals.get(b).entity().name());
        why.putIfAbsent(locals.get(b), reason + locals.get(a).entity().name());
    }

    /**
     * Joins entity i to the first group among those already seen under its id that nothing in it contradicts;
     * otherwise i starts a group of its own under that id.
     */
    private static void joinCompatible(List<Local> locals, UnionFind groups, List<Integer> seen, int i,
                                       Map<Local, String> why) {
        for (int other : seen) {
            if (!groups.contradicts(other, i)) {
                groups.union(other, i);
                because(why, locals, i, other, "the same name, of the same type, as ");
                return;
            }
        }
        seen.add(i);
    }

    /**
     * What a group of entities says about the thing, enough to tell whether another entity contradicts it: their
     * types, Wikidata ids and, for people, first names.
     */
    private record Facts(Set<EntityType> types, Set<String> sameAs, Set<String> firstNames) {

        static Facts of(Local local) {
            return new Facts(Set.of(local.type()), local.sameAs() == null ? Set.of() : Set.of(local.sameAs()),
                    local.type() == EntityType.PERSON ? Resolver.firstNames(local.names()) : Set.of());
        }

        Facts plus(Facts other) {
            return new Facts(union(types, other.types), union(sameAs, other.sameAs), union(firstNames, other.firstNames));
        }

        private static <T> Set<T> union(Set<T> a, Set<T> b) {
            if (b.isEmpty() || a.containsAll(b)) {
                return a;
            }
            Set<T> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return all;
        }

        /**
         * Two groups cannot be one thing: their types differ, their Wikidata ids differ, or they are people whose full
         * names have different first names ("John Smith" and "Jane Smith").
         */
        boolean contradicts(Facts other) {
            return !types.equals(other.types)
                    || !sameAs.isEmpty() && !other.sameAs.isEmpty() && java.util.Collections.disjoint(sameAs, other.sameAs)
                    || !firstNames.isEmpty() && !other.firstNames.isEmpty()
                    && java.util.Collections.disjoint(firstNames, other.firstNames);
        }
    }

    private static Set<String> firstNames(List<String> names) {
        Set<String> first = new TreeSet<>();
        for (String name : names) {
            String[] words = name.strip().split("\\s+");
            if (words.length >= 2 && Character.isUpperCase(words[0].charAt(0)) && !words[0].endsWith(".")) {
                first.add(words[0]);
            }
        }
        return first;
    }

    /**
     * A name without a Wikidata id that is another group's alias (and no third's) is that group's thing, unless it is a
     * short form of that group's name (an acronym, or its first or last words): a short form means the thing only in
     * the article that introduced it.
     */
    private static void joinAliases(List<Local> locals, UnionFind groups, Map<Local, String> why) {
        Map<String, Set<Integer>> groupsByAlias = new HashMap<>();
        Map<String, Integer> holders = new HashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            Local local = locals.get(i);
            for (String alias : local.names().subList(1, local.names().size())) {
                if (!shortForm(alias, local.entity().name())) {
                    groupsByAlias.computeIfAbsent(local.type() + ":" + alias, k -> new TreeSet<>()).add(groups.find(i));
                    holders.putIfAbsent(local.type() + ":" + alias, i);
                }
            }
        }
        for (int i = 0; i < locals.size(); i++) {
            Local local = locals.get(i);
            Set<Integer> owners = groupsByAlias.getOrDefault(local.type() + ":" + local.entity().name(), Set.of());
            if (local.sameAs() == null && owners.size() == 1 && !articleBound(local)) {
                int owner = owners.iterator().next();
                if (!groups.contradicts(owner, i)) {
                    groups.union(owner, i);
                    because(why, locals, i, holders.get(local.type() + ":" + local.entity().name()),
                            "an article gives both names, as an alias of ");
                }
            }
        }
    }

    /**
     * A name that says which thing it is only inside its article, so it merges with nothing outside it by name: a
     * person known by one word only ("Smith": which Smith?) or by an office only ("the Prime Minister": of which country,
     * when?), or initials its article never spells out ("GM", "AA").
     * Curation or a Wikidata id still merges it.
     */
    private static boolean articleBound(Local local) {
        if (local.sameAs() != null) {
            return false;
        }
        boolean oneWordPerson = local.type() == EntityType.PERSON
                && local.names().stream().noneMatch(name -> name.strip().contains(" "));
        boolean initialsOnly = local.names().stream().allMatch(name -> name.replace(".", "").strip().matches("\\p{Lu}{2,5}s?"));
        boolean officeOnly = local.type() == EntityType.PERSON
                && local.names().stream().allMatch(org.newsgraph.extract.OfficeTitles::isOffice);
        return oneWordPerson || initialsOnly || officeOnly;
    }

    /**
     * "GM", "G.M." or "Ford" for "General Motors" or "Ford Motor": initials, or the first or last words of it. A model
     * code ("A380" for "Airbus A380") identifies its thing wherever it stands, so it is not a short form.
     */
    static boolean shortForm(String alias, String name) {
        if (alias.matches(".*\\p{L}.*") && alias.matches(".*\\d.*") && !alias.contains(" ")) {
            return false;
        }
        String bare = alias.replace(".", "").strip();
        if (bare.matches("\\p{Lu}{2,6}s?")) {
            return true;
        }
        String[] words = name.strip().split("\\s+");
        String[] short_ = alias.strip().split("\\s+");
        if (short_.length >= words.length) {
            return false;
        }
        boolean prefix = java.util.Arrays.equals(short_, java.util.Arrays.copyOfRange(words, 0, short_.length));
        boolean suffix = java.util.Arrays.equals(short_,
                java.util.Arrays.copyOfRange(words, words.length - short_.length, words.length));
        return prefix || suffix;
    }

    /**
     * A group's id: of the names with a Wikidata id (the gazetteer's canonical names) if any, the id most mentions
     * carry, the smallest on a tie.
     */
    private static String groupId(List<Local> group) {
        boolean identified = group.stream().anyMatch(local -> local.sameAs() != null);
        Map<String, Integer> mentions = new TreeMap<>();
        for (Local local : group) {
            if (!identified || local.sameAs() != null) {
                mentions.merge(local.entity().id(), local.entity().mentions().size(), Integer::sum);
            }
        }
        return mentions.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** A curation entry whose name no entity carries (as its name or an alias) changes nothing: said, not skipped. */
    private void reportUnnamed(List<Extraction> extractions, List<Local> locals, List<ArticleProblem> warnings) {
        if (curation.entries().isEmpty()) {
            return;
        }
        Set<String> named = new HashSet<>();
        for (Extraction extraction : extractions) {
            for (Entity entity : extraction.entities()) {
                named.add(entity.name());
                named.addAll(entity.aliases());
            }
        }
        locals.forEach(local -> named.addAll(local.names()));
        for (Curation.Entry entry : curation.entries()) {
            if (!named.contains(entry.name())) {
                warnings.add(new ArticleProblem(curation.file(), entry.line(), "no article names '" + entry.name()
                        + "', so this entry changes nothing", "write the name as its entity page shows it (an alias "
                        + "works too), or delete the entry if its article was deleted"));
            }
        }
    }

    private void applyMerges(List<Local> locals, UnionFind groups, Map<Integer, String> ids,
                             Map<String, TreeSet<String>> formerIds, List<ArticleProblem> warnings,
                             Map<Local, String> why) {
        for (Curation.Entry entry : curation.entries()) {
            if (entry.mergeInto() == null) {
                continue;
            }
            Integer from = null;
            Integer into = null;
            for (int i = 0; i < locals.size(); i++) {
                List<String> names = locals.get(i).names();
                if (from == null && names.contains(entry.name())) {
                    from = groups.find(i);
                }
                if (into == null && names.contains(entry.mergeInto())) {
                    into = groups.find(i);
                }
            }
            if (from == null) {
                continue;
            }
            if (into == null) {
                warnings.add(new ArticleProblem(curation.file(), entry.line(), "'" + entry.name()
                        + "' should merge into '" + entry.mergeInto() + "', which no article names",
                        "write the other entity's name as its page shows it, or delete the entry if that entity's "
                                + "article was deleted"));
                continue;
            }
            if (!from.equals(into)) {
                String target = ids.get(into);
                String former = ids.get(from);
                TreeSet<String> former2 = formerIds.computeIfAbsent(target, k -> new TreeSet<>());
                former2.add(former);
                former2.addAll(formerIds.getOrDefault(former, new TreeSet<>()));
                groups.union(into, from);
                ids.put(groups.find(into), target);
                for (Local local : locals) {
                    if (local.names().contains(entry.name())) {
                        why.putIfAbsent(local, "curated: merged into " + entry.mergeInto());
                    }
                }
            }
        }
    }

    private Resolution assemble(List<Extraction> extractions, List<Local> locals, UnionFind groups,
                                Map<Integer, String> ids, Map<String, TreeSet<String>> formerIds,
                                List<ArticleProblem> warnings, Map<Local, String> why) {
        Map<String, List<Local>> byId = new TreeMap<>();
        for (int i = 0; i < locals.size(); i++) {
            byId.computeIfAbsent(ids.get(groups.find(i)), k -> new ArrayList<>()).add(locals.get(i));
        }
        List<ResolvedEntity> resolved = new ArrayList<>();
        Map<String, ResolvedEntity> resolvedById = new HashMap<>();
        for (Map.Entry<String, List<Local>> group : byId.entrySet()) {
            ResolvedEntity entity = merge(group.getKey(), group.getValue(),
                    List.copyOf(formerIds.getOrDefault(group.getKey(), new TreeSet<>())), why);
            resolved.add(entity);
            resolvedById.put(entity.id(), entity);
        }
        List<Map<String, String>> idMaps = new ArrayList<>();
        for (int doc = 0; doc < extractions.size(); doc++) {
            idMaps.add(new HashMap<>());
        }
        for (int i = 0; i < locals.size(); i++) {
            idMaps.get(locals.get(i).doc()).put(locals.get(i).entity().id(), ids.get(groups.find(i)));
        }
        List<Extraction> rewritten = new ArrayList<>();
        for (int doc = 0; doc < extractions.size(); doc++) {
            Extraction extraction = extractions.get(doc);
            Map<String, String> idMap = idMaps.get(doc);
            Extraction done = memory == null ? null : memory.recall(extraction, idMap, resolvedById);
            if (done == null) {
                done = rewrite(extraction, idMap, resolvedById);
            }
            if (memory != null) {
                memory.keep(extraction, idMap, resolvedById, done);
            }
            rewritten.add(done);
        }
        if (memory != null) {
            memory.done();
        }
        return new Resolution(resolved, rewritten, warnings);
    }

    /** The union of what each article said: the type most mentions agree on (unless curated), every alias. */
    private static ResolvedEntity merge(String id, List<Local> group, List<String> formerIds, Map<Local, String> why) {
        Local named = group.stream().filter(l -> l.entity().id().equals(id)).findFirst().orElse(group.get(0));
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        TreeSet<String> aliases = new TreeSet<>();
        String sameAs = null;
        EntityType curatedType = null;
        int mentions = 0;
        Map<String, String> aliasReasons = new TreeMap<>();
        for (Local local : group) {
            votes.merge(local.type(), local.entity().mentions().size(), Integer::sum);
            aliases.addAll(local.names());
            local.entity().aliasReasons().forEach(aliasReasons::putIfAbsent);
            mentions += local.entity().mentions().size();
            if (local.curated() != null && local.curated().wikidata() != null || sameAs == null) {
                sameAs = local.sameAs() != null ? local.sameAs() : sameAs;
            }
            if (local.curated() != null && local.curated().type() != null) {
                curatedType = local.curated().type();
            }
        }
        EntityType type = curatedType != null ? curatedType : votes.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .orElseThrow().getKey();
        String name = named.entity().name();
        aliases.remove(name);
        aliasReasons.keySet().retainAll(aliases);
        return new ResolvedEntity(id, name, type, List.copyOf(aliases), sameAs, mentions, formerIds,
                typeReason(group, type, curatedType != null), aliasReasons, mergeReasons(group, name, why));
    }

    /**
     * Why each name another article knew the thing by is the same thing, for the names the merged thing is not called
     * (issue 13: every fact keeps how it was found): the first reason its article's entity was joined for.
     */
    private static Map<String, String> mergeReasons(List<Local> group, String name, Map<Local, String> why) {
        Map<String, String> reasons = new TreeMap<>();
        if (group.stream().map(Local::doc).distinct().count() < 2) {
            return reasons;
        }
        for (Local local : group) {
            String reason = why.get(local);
            if (reason != null && !local.entity().name().equals(name)) {
                reasons.putIfAbsent(local.entity().name(), reason);
            }
        }
        return reasons;
    }

    /** The type decision across articles: curated, or how many articles agree and why the first of them decided so. */
    private static String typeReason(List<Local> group, EntityType type, boolean curated) {
        if (curated) {
            return "curated";
        }
        List<Local> agreeing = group.stream().filter(l -> l.type() == type).toList();
        long articles = group.stream().map(Local::doc).distinct().count();
        long agreeingArticles = agreeing.stream().map(Local::doc).distinct().count();
        String first = agreeing.get(0).entity().typeReason();
        String count = articles == 1 ? " in 1 article"
                : agreeingArticles < articles ? " in " + agreeingArticles + " of " + articles + " articles"
                : articles == 2 ? " in both articles" : " in all " + articles + " articles";
        return type.label() + count + (first == null ? "" : "; first: " + first);
    }

    /** The article's extraction with merged ids: entities of one thing become one, relations and figures follow. */
    private static Extraction rewrite(Extraction extraction, Map<String, String> idMap,
                                      Map<String, ResolvedEntity> resolved) {
        Map<String, List<Entity>> merged = new LinkedHashMap<>();
        for (Entity entity : extraction.entities()) {
            String id = idMap.get(entity.id());
            if (id != null) {
                merged.computeIfAbsent(id, k -> new ArrayList<>()).add(entity);
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Entity>> group : merged.entrySet()) {
            ResolvedEntity thing = resolved.get(group.getKey());
            TreeSet<String> aliases = new TreeSet<>();
            List<Span> mentions = new ArrayList<>();
            Map<String, String> aliasReasons = new TreeMap<>();
            for (Entity entity : group.getValue()) {
                aliases.add(entity.name());
                aliases.addAll(entity.aliases());
                mentions.addAll(entity.mentions());
                entity.aliasReasons().forEach(aliasReasons::putIfAbsent);
            }
            aliases.remove(thing.name());
            aliasReasons.keySet().retainAll(aliases);
            mentions.sort(Comparator.comparingInt(Span::start));
            String reason = group.getValue().stream().map(Entity::typeReason).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            entities.add(new Entity(thing.id(), thing.name(), thing.type(), List.copyOf(aliases), thing.sameAs(), mentions,
                    reason, aliasReasons));
        }
        Set<Relation> relations = new LinkedHashSet<>();
        for (Relation relation : extraction.relations()) {
            String subject = idMap.get(relation.subject());
            String object = idMap.get(relation.object());
            if (subject != null && object != null && !subject.equals(object)) {
                relations.add(new Relation(subject, relation.predicate(), object, relation.role(), relation.evidence(),
                        relation.rule(), relation.confidence(), relation.endResolution()));
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (Figure f : extraction.figures()) {
            String of = f.of() != null && extraction.entity(f.of()).isPresent() ? idMap.get(f.of()) : f.of();
            figures.add(new Figure(f.id(), f.kind(), f.value(), f.min(), f.max(), f.unit(), f.qualifier(), f.period(),
                    f.per(), f.direction(), f.measure(), f.subject() == null ? null : idMap.get(f.subject()), of,
                    f.time(), f.vague(), f.mentions(), f.how().withIds(idMap::get), f.convertedFrom()));
        }
        return new Extraction(extraction.doc(), extraction.sentences(), entities, figures, new ArrayList<>(relations));
    }

    /**
     * Disjoint sets of entity mentions; the smallest index of a set is its root, so results do not depend on order.
     * Each root keeps what its set says about the thing.
     */
    private static final class UnionFind {
        private final int[] parent;
        private final Facts[] facts;

        UnionFind(List<Local> locals) {
            parent = new int[locals.size()];
            facts = new Facts[locals.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                facts[i] = Facts.of(locals.get(i));
            }
        }

        boolean contradicts(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            return ra != rb && facts[ra].contradicts(facts[rb]);
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
                facts[Math.min(ra, rb)] = facts[ra].plus(facts[rb]);
            }
        }
    }
}
