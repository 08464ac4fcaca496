/**
 * Evaluation against gold annotations: figure precision, recall and F1 and field accuracy; KPI-EDGAR value recall;
 * relations; named entities, their types and cross-article merging on MEANTIME.
 */
package org.newsgraph.eval;
