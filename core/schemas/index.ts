export * from './audit';
export * from './auth';
export * from './catalogues';
export * from './clients';
export * from './common';
export * from './organisation';
export * from './places';
export * from './users';
