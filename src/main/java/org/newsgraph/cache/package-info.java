/**
 * Extractions kept on disk between builds, keyed by a hash of what they were made from, so that a build extracts only
 * the articles that changed and a build with nothing changed never loads CoreNLP.
 */
package org.newsgraph.cache;
