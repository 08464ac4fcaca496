/**
 * Relations between entities, read by the Semgrex rules of {@code relation-rules.txt} over each sentence's
 * enhanced++ dependency graph. The graph is rebuilt from {@link org.newsgraph.nlp.AnnotatedSentence} (so stored
 * annotations and the tests' stand-in annotator work alike) with two relations of our own, {@code agent} and
 * {@code theme}, that let one pattern cover active and passive voice; the patterns are compiled once per JVM.
 * {@code Negation} drops a match whose relation the sentence denies or calls off. {@code RuleEvidence} holds each
 * relation to what its rule's evidence allows ({@code relation-rule-evidence.tsv}, counted by
 * {@code org.newsgraph.eval.RelationRuleAudit} in the tests): a rule that read a relation wrong there is weak.
 * {@code ContestedPeople} makes weak a relation on a name typed a person against another vote; {@code SurestReadings}
 * keeps one reading of each relation, the surest.
 */
package org.newsgraph.extract.relation;
