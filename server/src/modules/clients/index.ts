/** The clients module: people served. Other modules use only what is exported here. */
export { recordActivity } from './enrollments';
export { type ClientReference, registerClientReference } from './references';
export { clientRoutes } from './routes';
