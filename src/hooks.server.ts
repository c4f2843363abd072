import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getRequestEvent } from '$app/server';
import { building } from '$app/environment';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { deLocalizeHref, getTextDirection } from '$lib/paraglide/runtime';
import { appPathInLocale, LANGUAGE_COOKIE, rememberedHome } from '$lib/server/i18n/language-choice';
import { runtime, startRuntime, stopRuntime } from '$lib/server/runtime';
import { loadSessionUser } from '$lib/server/auth/session';
import { isAllowedAuthPath } from '$lib/server/auth/auth-paths';
import { securityHeaders } from '$lib/server/security/headers';
import { log } from '$lib/server/logger';
import { ConfigError, getConfig } from '$lib/server/config';
import { DataDirLockedError } from '$lib/server/db/lock';

export const init: ServerInit = async () => {
	if (building) return;
	try {
		await startRuntime([sveltekitCookies(getRequestEvent)]);
	} catch (err) {
		// A configuration mistake or a locked data directory: one sentence, no stack trace.
		if (err instanceof ConfigError || err instanceof DataDirLockedError) {
			process.stderr.write(`Cannot start: ${err.message}\n`);
			process.exit(1);
		}
		throw err;
	}
	// adapter-node emits this after it stopped taking requests and finished those in flight.
	process.once('sveltekit:shutdown' as 'beforeExit', async () => {
		await stopRuntime();
		log.info('stopped');
	});
};

const authEndpoints: Handle = async ({ event, resolve }) => {
	if (!event.url.pathname.startsWith('/api/auth/')) return resolve(event);
	// Only the link targets of our mails are reachable; every other better-auth endpoint goes
	// through our form actions, which validate, rate-limit and answer in German.
	if (!isAllowedAuthPath(event.request.method, event.url.pathname)) {
		return new Response('Not found', { status: 404 });
	}
	const { auth } = await runtime();
	return auth.handler(event.request);
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, async ({ request, locale }) => {
		event.request = request;
		const home = event.request.method === 'GET' ? rememberedHome(event.url.pathname, event.cookies.get(LANGUAGE_COOKIE)) : null;
		if (home) {
			const response = new Response(null, { status: 307, headers: { Location: home + event.url.search } });
			response.headers.set('Vary', 'Cookie');
			return response;
		}
		const path = deLocalizeHref(event.url.pathname);
		if (appPathInLocale(locale, path)) return new Response(null, { status: 307, headers: { Location: path + event.url.search } });
		const response = await resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', getTextDirection(locale))
		});
		// The bare home page depends on the remembered language.
		if (event.url.pathname === '/') response.headers.append('Vary', 'Cookie');
		return response;
	});

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.sessionId = null;
	event.locals.roles = [];
	if (event.url.pathname === '/healthz' || event.url.pathname === '/readyz') return resolve(event);
	const ctx = await runtime();
	Object.assign(event.locals, await loadSessionUser(ctx, event.request.headers));
	return resolve(event);
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(securityHeaders(getConfig().secureCookies))) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	if (event.locals.user) response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

export const handle = sequence(headers, authEndpoints, i18n, session);

export const handleError: HandleServerError = ({ error, event, status }) => {
	const errorId = crypto.randomUUID();
	if (status >= 500) log.error('request failed', { errorId, path: event.url.pathname, error: String(error), stack: (error as Error)?.stack });
	return { message: status === 404 ? 'Not Found' : 'Internal Error', errorId };
};
