import { registerConstraintRefusal } from '../../platform/db/refusals';
import type { ZodApp } from '../../platform/http/context';
import { registerClientReference } from '../clients/index';
import { placementRoutes } from './routes-placements';
import { unitRoutes } from './routes-units';
import { waitingListRoutes } from './routes-waiting-list';

// Merging two people moves their stays and waits too (a merge that would put the
// kept person in two places at once is refused by the same constraints).
registerClientReference({ table: 'housing_placements', column: 'client_id' });
registerClientReference({ table: 'housing_waiting_list', column: 'client_id' });

// The constraints of migration 0015 that decide races: each answers a 409 on its field.
registerConstraintRefusal('housing_placements_unit_free', { field: 'unitId', key: 'validation.unit_taken' });
registerConstraintRefusal('housing_placements_one_per_person', { field: 'clientId', key: 'validation.already_placed' });
registerConstraintRefusal('housing_waiting_list_one_waiting', { field: 'clientId', key: 'validation.already_waiting' });
registerConstraintRefusal('housing_units_label_key', { field: 'label', key: 'validation.name_taken' });

/** The housing module: beds and rooms of sites, placements into them, waiting lists, occupancy history. */
export async function housingRoutes(app: ZodApp): Promise<void> {
  await unitRoutes(app);
  await placementRoutes(app);
  await waitingListRoutes(app);
}

// For the demo seed and other callers, which record through the same services the API uses.
export { createPlacement, endPlacement, movePlacement } from './placements';
export { createUnit } from './units';
export { addToWaitingList } from './waiting-list';
