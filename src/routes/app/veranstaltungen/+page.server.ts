import { loadOrganiser } from '$lib/server/events/organiser-page';
import { listOrganiserEvents } from '$lib/server/events/organiser-queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, scope } = await loadOrganiser(event);
	return {
		events: await listOrganiserEvents(db, scope),
		all: scope.all,
		// A municipality user not yet bound to a consultation sees why they cannot create events.
		canCreate: scope.all || scope.municipalityAgs.length > 0
	};
};
