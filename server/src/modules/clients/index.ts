/** The clients module: people served. Other modules use only what is exported here. */

export { type Activity, recordActivities, recordActivity } from './activity';
// For the demo seed, which records through the same services the API uses.
export { createClient } from './clients';
export { type ClientContext, clientContext } from './context';
export { type ClientReference, registerClientReference } from './references';
export { clientRoutes } from './routes';
// For the phone's offline edits (sync/client-edit.ts), checked as the online PATCH checks them.
export { checkTargetGroups, lockOpenClient } from './rules';
