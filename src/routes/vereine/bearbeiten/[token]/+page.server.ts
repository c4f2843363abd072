import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { runtime } from '$lib/server/runtime';
import { editEntrySchema, ENTRY_ARRAY_FIELDS } from '$lib/server/directory/lifecycle/entry-schema';
import { entryFormValues, orgFieldErrors, parseOrgForm } from '$lib/server/directory/lifecycle/entry-form';
import { openEditSession } from '$lib/server/directory/lifecycle/open-edit-session';
import { updateOrganisationEntry } from '$lib/server/directory/lifecycle/update-organisation-entry';
import { confirmOrganisationEntry } from '$lib/server/directory/lifecycle/confirm-organisation-entry';
import { EntryReferenceError, InvalidTokenError, StaleVersionError } from '$lib/server/directory/lifecycle/errors';
import { listEntryOptions } from '$lib/server/directory/lifecycle/list-entry-options';
import { CONSENT_TEXT_VERSIONS } from '$lib/server/directory/lifecycle/consents';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { database } = await runtime();
	try {
		const entry = await openEditSession(database.db, params.token);
		const values: Record<string, string | string[]> = {
			name: entry.name,
			kind: entry.kind,
			description: entry.description,
			languages: entry.languages,
			communities: entry.communities,
			topics: entry.topics,
			sdgs: entry.sdgs.map(String),
			municipalityAgs: entry.municipalityAgs,
			address: entry.address ?? '',
			website: entry.website ?? '',
			contactName: entry.contactName,
			contactEmail: entry.contactEmail,
			foundedYear: entry.foundedYear ? String(entry.foundedYear) : '',
			sizeClass: entry.sizeClass ?? '',
			consentProcessing: 'on',
			consentPublishContact: entry.publishContact ? 'on' : '',
			consentPublishAddress: entry.publishAddress ? 'on' : '',
			consentContactable: entry.contactable ? 'on' : ''
		};
		return {
			invalid: false as const,
			entry: { name: entry.name, status: entry.status, version: entry.version, lastConfirmedAt: entry.lastConfirmedAt },
			values,
			options: await listEntryOptions(database.db, getLocale()),
			processingVersion: CONSENT_TEXT_VERSIONS.processing
		};
	} catch (err) {
		if (err instanceof InvalidTokenError) return { invalid: true as const };
		throw err;
	}
};

const confirmSchema = z.object({ version: z.string().regex(/^\d{1,9}$/).transform(Number) });

export const actions: Actions = {
	save: async (event) => {
		const { database } = await runtime();
		const data = await event.request.formData();
		const parsed = parseOrgForm(editEntrySchema, data, ENTRY_ARRAY_FIELDS);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		try {
			await updateOrganisationEntry(database.db, event.params.token, parsed.data);
		} catch (err) {
			const values = entryFormValues(data, ENTRY_ARRAY_FIELDS);
			if (err instanceof InvalidTokenError) return fail(400, { invalidToken: true });
			if (err instanceof StaleVersionError) return fail(409, { errors: { _form: m.orgs_stale_version() }, values });
			if (err instanceof EntryReferenceError) return fail(400, { errors: orgFieldErrors(err.codes), values });
			throw err;
		}
		return { saved: true };
	},
	confirm: async (event) => {
		const { database } = await runtime();
		const parsed = confirmSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: { _form: m.orgs_stale_version() } });
		try {
			await confirmOrganisationEntry(database.db, event.params.token, parsed.data.version);
		} catch (err) {
			if (err instanceof InvalidTokenError) return fail(400, { invalidToken: true });
			if (err instanceof StaleVersionError) return fail(409, { errors: { _form: m.orgs_stale_version() } });
			throw err;
		}
		return { confirmedEntry: true };
	}
};
