export * from './article.ts';
export * from './checklist.ts';
export * from './exercise.ts';
export * from './source.ts';
export * from './theme.ts';
export * from './tip.ts';
export * from './glossary.ts';
export * from './session.ts';
