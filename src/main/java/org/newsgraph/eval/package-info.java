/** Evaluation against gold annotations: figure precision, recall and F1 and field accuracy; KPI-EDGAR value recall. */
package org.newsgraph.eval;
