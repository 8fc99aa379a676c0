/** JMH benchmarks of jnum against its peers. */
package jnum.bench;
