/** Builds the gazetteer Newsgraph ships from public name lists; used by {@code newsgraph gazetteer}, not by builds: an offline data tool
 * beside the runtime {@code extract} package, which only reads the file it writes. */
package org.newsgraph.gazetteer;
