import { loadPublicSettings } from '$lib/server/settings/load-public-settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ settings: await loadPublicSettings() });
