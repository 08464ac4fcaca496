/** Measures extraction against gold annotations: named entities and their merging, relations, figures. */
package org.newsgraph.eval;
