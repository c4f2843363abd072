import { isReference } from '$lib/server/consultations/requests/reference-number';
import type { PageServerLoad } from './$types';

/** Only the reference number travels in the URL; anything else in ?ref= is ignored. */
export const load: PageServerLoad = ({ url }) => {
	const ref = url.searchParams.get('ref');
	return { reference: isReference(ref) ? ref : null };
};
