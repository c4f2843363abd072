import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** /en/angebot is served by the route /angebot; Paraglide strips the language prefix. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
