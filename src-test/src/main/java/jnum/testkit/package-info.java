/** The shared test kit. */
package jnum.testkit;
