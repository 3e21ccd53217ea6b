/**
 * Independent plan checkers: they recompute feasibility, violations and objective values of a
 * routing plan ({@code PlanChecker}) or a stationing plan ({@code StationingChecker}) from
 * scratch, without the solvers' incremental bookkeeping, so that tests and the command line can
 * compare a solver's own figures against a second computation.
 */
package dev.outpost.check;
