import { loadPublicPage } from '$lib/server/content/load-public-page';
import { loadPublicSettings } from '$lib/server/settings/load-public-settings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ ...(await loadPublicPage('kontakt')), settings: await loadPublicSettings() });
