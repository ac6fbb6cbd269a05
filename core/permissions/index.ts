export * from './actions';
export * from './disciplines';
export * from './policy';
export * from './scopes';
