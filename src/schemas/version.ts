/**
 * Version of the data schemas, published with the open data (catalogue.json `schemaVersion`).
 * Raise it when a change to src/schemas makes existing exports or data files read differently
 * (a field renamed, removed or retyped); adding an optional field does not need a new version.
 */
export const SCHEMA_VERSION = 2;
