/**
 * Bulk import of trainees from a CSV (UTF-8, with or without BOM, or Windows-1256) or XLSX file: reading the
 * file ({@link org.tadreeb.people.imports.TableReader}), matching its headers to the columns Tadreeb knows
 * ({@link org.tadreeb.people.imports.ColumnMapping}), checking every row
 * ({@link org.tadreeb.people.imports.TraineeRowChecker}) and importing all rows in one transaction, or none
 * ({@link org.tadreeb.people.imports.TraineeImport}). People are matched by service number, so importing the
 * same file again updates them. {@code web/} holds the administrator's page, {@code api/} the
 * {@code POST /api/v1/imports/trainees} resource.
 */
package org.tadreeb.people.imports;
