// The demo portfolio: a seeded generator, its scenarios and people, and its rows as workbook cells.
export { type CellValue, cellOf, demoCellRows } from './cells';
export { DEMO_DEFAULTS, generateDemo } from './generate';
export { DEMO_OFFERINGS } from './maps';
export { createRng, type Rng } from './rng';
export * from './scenarios';
export type * from './types';
