import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getMunicipalityProfile, NEARBY_KM } from '$lib/server/municipalities/get-municipality-profile';
import { m } from '$lib/paraglide/messages.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	// An AGS has exactly eight digits; anything else cannot exist and is not looked up.
	if (!/^\d{8}$/.test(event.params.ags)) error(404, m.error_404_text());
	const { database } = await runtime();
	const profile = await getMunicipalityProfile(database.db, event.params.ags);
	if (!profile) error(404, m.error_404_text());
	return { ...profile, nearbyKm: NEARBY_KM };
};
