package org.livelihoodmatch.system;

import org.springframework.util.unit.DataSize;

/**
 * A larger request body than the API's 2 MB for one path only, declared as a bean by the module
 * that serves it (a spreadsheet import of thousands of rows), so that {@link ApiBodyLimit} knows of
 * no module: every other path keeps the limit that protects the service's memory.
 *
 * @param path the exact request path, without the context path ({@code /api/v1/imports/clients})
 * @param limit the largest body taken there
 */
public record ApiBodyAllowance(String path, DataSize limit) {}
