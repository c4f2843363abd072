import { loadPublicPage } from '$lib/server/content/load-public-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => loadPublicPage('faq');
