export * from './audit';
export * from './auth';
export * from './catalogues';
export * from './common';
export * from './organisation';
export * from './places';
export * from './users';
export * from './clients';
