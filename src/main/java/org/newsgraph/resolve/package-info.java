/** Resolution across articles: one entity per real-world thing, whatever article names it. */
package org.newsgraph.resolve;
