/**
 * Extraction: from an article's text to entities, figures and relations with character offsets.
 * Pure functions of text, date and extractor version; no Jena or Thymeleaf types here.
 */
package org.newsgraph.extract;
