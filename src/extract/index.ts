/** The extraction engine's public surface. */
export { detectLanguage, extract } from './extract.js';
export { detectMethods, methodsIn, type MethodMention } from './methods.js';
export { detectRoles, roleOf, type RoleMention } from './roles.js';
export { findDates, type DateMention } from './dates.js';
export { findNumbers, type NumberMention } from './numbers.js';
export type * from './types.js';
