export * from './catalogues';
export * from './locales';
export * from './translate';
export * from './validation';
