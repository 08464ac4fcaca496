/** Builds the gazetteer Newsgraph ships from public name lists; used by {@code newsgraph gazetteer}, not by builds. */
package org.newsgraph.extract.gazetteer;
