/**
 * Benchmarks of Livelihood Match: each issue's speed targets, measured as ratios against a baseline
 * in the same run. Compiled only with {@code -Pbenchmarks}.
 */
package org.livelihoodmatch.benchmarks;
