/**
 * What ExcelJS turns a cell value object without text into (a hyperlink over a number, an empty
 * formula object). Both readers give it, so the fast reader and the ExcelJS host read alike.
 */
export const OBJECT_TEXT = '[object Object]';
