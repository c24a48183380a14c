// The catalog API in one place: the model (catalogModel.ts) and the built-in editions (editions.ts).
// Importing an officer's list is importCatalog.ts, apart: it brings zod, which reading does not need.

export * from './catalogModel';
export * from './editions';
