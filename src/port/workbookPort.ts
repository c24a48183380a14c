// Moved to src/domain/port/workbookPort.ts (the port's types live with the domain, so domain and port no
// longer import each other). This re-export only keeps branches written against the old path compiling
// until they have merged; import from src/domain/port/workbookPort instead.
export * from '../domain/port/workbookPort';
