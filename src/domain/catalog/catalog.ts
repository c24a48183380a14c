// The catalog API in one place: the model (catalogModel.ts) and the built-in editions (editions.ts).

export * from './catalogModel';
export * from './editions';
