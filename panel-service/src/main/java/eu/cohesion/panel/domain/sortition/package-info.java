/**
 * Stratified sortition as a pure domain: the problem (candidates, quotas, seats, one person per
 * household), the LEXIMIN distribution over quota-satisfying panels (Flanigan, Gölz, Gupta, Hennig,
 * Procaccia, <i>Fair algorithms for selecting citizens' assemblies</i>, Nature 596, 2021), the
 * reproducible draw of one panel from it with a published seed, and the CSV formats of the
 * Sortition Foundation's open-source tools. No persistence, no REST: the application layer stores
 * pools, quotas and draws and calls {@link eu.cohesion.panel.domain.sortition.Leximin}.
 */
package eu.cohesion.panel.domain.sortition;
