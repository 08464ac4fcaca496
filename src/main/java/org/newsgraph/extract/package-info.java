/**
 * Extraction: from an article's text to entities, figures and relations with character offsets.
 * Pure functions of text, date and extractor version; no Jena or Thymeleaf types here.
 *
 * <p>What a figure is about is read from the dependency parse by an ordered chain, the first step that answers
 * winning ({@link org.newsgraph.extract.FigureContext} has the details and examples): the figure's own noun phrase
 * and its possessor ({@code possessor}); of/at attachments ({@code of-attachment}); the subject of the governing verb
 * ({@code nsubj}); relative clauses and appositions ({@code relative-clause}, {@code apposition}); then, as
 * candidates only, the speaker of a said clause ({@code speaker}), the organisation a person who says it is titled
 * for ({@code employer}), the main clause's subject ({@code main-clause})
 * and the organisation the article is about at that point ({@code implicit}). Pronouns and descriptions ("its",
 * "the automaker", "these companies") are resolved by {@link org.newsgraph.extract.coref.Coreference} (step
 * {@code coreference}). Each figure keeps the step ({@link org.newsgraph.extract.Attribution}); only sure answers
 * become its {@code subject} and {@code measure}, the rest stay candidates. Every walk over the graph is bounded and
 * remembers where it has been ({@link org.newsgraph.nlp.DependencyWalk}): enhanced++ graphs hold cycles.
 */
package org.newsgraph.extract;
