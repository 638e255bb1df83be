/** Public surface of the field layer. */
export { adapterFor, findEditableRoot } from './detect';
export { ADAPTERS } from './registry';
export { replaceText } from './replace';
export { isCoachable } from './sensitive';
export { buildTextMap } from './text-map';
export type {
  EditMethod,
  EditSpec,
  FieldAdapter,
  FieldElement,
  ReplaceFailure,
  ReplaceMethod,
  ReplaceOptions,
  ReplaceResult,
  TextSnapshot,
} from './types';
