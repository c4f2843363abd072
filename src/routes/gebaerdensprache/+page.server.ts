import { getConfig } from '$lib/server/config';
import { loadPublicPage } from '$lib/server/content/load-public-page';
import { findSignLanguageMedia } from '$lib/server/content/sign-language-media';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ ...(await loadPublicPage('gebaerdensprache')), media: await findSignLanguageMedia(getConfig().dataDir) });
