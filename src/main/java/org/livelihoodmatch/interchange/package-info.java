/**
 * Interchange with case-management systems (OSCaR, Primero) and spreadsheets: clients imported from
 * CSV or XLSX files with OSCaR's column names (all rows or none, every problem named by row and
 * column, the same rules as the API), and the organisation's clients and placements exported with
 * the same column names, so that a round trip through Excel changes nothing. Files are read and
 * written with Apache Commons CSV and Apache POI; the client module stores and checks the clients
 * ({@link org.livelihoodmatch.client.ClientImport}, {@link
 * org.livelihoodmatch.client.ClientExport}).
 */
package org.livelihoodmatch.interchange;
