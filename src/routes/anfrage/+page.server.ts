import { topicName } from '$lib/directory-labels';
import { fail, redirect } from '@sveltejs/kit';
import { asc, eq } from 'drizzle-orm';
import { runtime } from '$lib/server/runtime';
import { clientAddress } from '$lib/server/forms';
import { hitRateLimits } from '$lib/server/security/rate-limit';
import { topic } from '$lib/server/db/schema';
import { parseRequestForm, requestFieldErrors, requestFormValues } from '$lib/server/consultations/requests/request-form';
import { createRequest } from '$lib/server/consultations/requests/create-request';
import { RequestReferenceError } from '$lib/server/consultations/requests/errors';
import { createRequestChallenge, proofOfWorkKey, verifyRequestSolution } from '$lib/server/consultations/requests/proof-of-work';
import { REQUEST_CONSENT, REQUEST_HONEYPOT_FIELD, REQUEST_RATE_LIMITS } from '$lib/server/consultations/requests/request-rules';
import { listRequestClients, searchRequestClients } from '$lib/server/consultations/requests/search-request-clients';
import { createSubmissionKey } from '$lib/server/consultations/requests/status-token';
import { m } from '$lib/paraglide/messages.js';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

const thanks = (reference?: string) => localizeHref(reference ? `/anfrage/danke?ref=${reference}` : '/anfrage/danke');

export const load: PageServerLoad = async ({ url }) => {
	const { database, config } = await runtime();
	const db = database.db;
	const query = (url.searchParams.get('kommune') ?? '').trim().slice(0, 100);
	const submissionKey = createSubmissionKey();
	const locale = getLocale();
	const topics = await db.select().from(topic).where(eq(topic.active, true)).orderBy(asc(topic.sortOrder), asc(topic.slug));
	return {
		query,
		results: query ? await searchRequestClients(db, query) : [],
		clients: await listRequestClients(db),
		topics: topics.map((t) => ({ value: t.slug, label: topicName([t], t.slug, locale) })),
		submissionKey,
		challenge: await createRequestChallenge(proofOfWorkKey(config.authSecret), submissionKey),
		consentVersion: REQUEST_CONSENT.textVersion
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { database, jobs, config } = await runtime();
		const db = database.db;
		const data = await event.request.formData();
		// A filled honeypot is a bot: answer as if it worked, store nothing.
		const honeypot = data.get(REQUEST_HONEYPOT_FIELD);
		if (typeof honeypot === 'string' && honeypot.trim() !== '') redirect(303, thanks());
		const hmacKey = proofOfWorkKey(config.authSecret);
		const postedKey = String(data.get('submissionKey') ?? '');
		// A new challenge for the same key, so the page can solve again after showing the errors.
		const again = async (status: number, errors: Record<string, string>) =>
			fail(status, {
				errors,
				values: requestFormValues(data),
				challenge: /^[A-Za-z0-9_-]{20,100}$/.test(postedKey) ? await createRequestChallenge(hmacKey, postedKey) : null
			});
		const parsed = parseRequestForm(data);
		if (!parsed.ok) return again(400, parsed.errors);
		const input = parsed.data;
		const solved = await verifyRequestSolution(hmacKey, input.powSolution, input.submissionKey);
		const ip = clientAddress(event);
		const limit = await hitRateLimits(db, [
			[REQUEST_RATE_LIMITS.perIp, ip],
			...(solved ? [] : [[REQUEST_RATE_LIMITS.withoutProofOfWorkPerIp, ip] as [typeof REQUEST_RATE_LIMITS.perIp, string]])
		]);
		if (!limit.allowed) return again(429, { _form: m.form_rate_limited({ minutes: Math.ceil(limit.retryAfterSeconds / 60) }) });
		let reference: string;
		try {
			({ reference } = await createRequest(db, input, {
				origin: config.origin,
				locale: getLocale(),
				spam: solved ? null : 'no_proof_of_work'
			}));
		} catch (err) {
			if (err instanceof RequestReferenceError) return again(400, requestFieldErrors(err.codes));
			throw err;
		}
		jobs?.poke();
		redirect(303, thanks(reference));
	}
};
