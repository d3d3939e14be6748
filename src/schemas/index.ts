/** The schemas, code lists and the collection registry (src/schemas/registry.ts). */
export * from './codes.ts';
export * from './common.ts';
export * from './department.ts';
export * from './form.ts';
export * from './guide.ts';
export * from './jurisdiction.ts';
export * from './labels.ts';
export * from './matter.ts';
export * from './notice.ts';
export * from './registry.ts';
export * from './release.ts';
export * from './responsibility.ts';
export * from './tongban.ts';
export * from './transfer.ts';
