// The catalog API in one place: the model (catalogModel.ts) and the built-in editions (editions.ts).
// Importing an officer's list (importCatalog.ts) and its sheet (catalogSheet.ts) are apart.

export * from './catalogModel';
export * from './editions';
