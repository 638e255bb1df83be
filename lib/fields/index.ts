/** Public surface of the field layer. */
export { adapterFor, findEditableRoot } from './detect';
export { ADAPTERS } from './registry';
export { isCoachable } from './sensitive';
export { buildTextMap } from './text-map';
export type {
  FieldAdapter,
  FieldElement,
  ReplaceFailure,
  ReplaceMethod,
  ReplaceOptions,
  ReplaceResult,
  TextSnapshot,
} from './types';
