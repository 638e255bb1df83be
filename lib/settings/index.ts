/**
 * Settings: the model (schema.ts), migrations, storage (store.ts), what settings mean for a page
 * (apply.ts) and file export/import (transfer.ts). See README.md in this folder.
 */
export * from './apply';
export * from './migrations';
export * from './schema';
export * from './store';
export * from './transfer';
