import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { formValues, parseForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/format';
import { languageOptions } from '$lib/reference/languages';
import { createFileStorage } from '$lib/server/files/create-file-storage';
import { getAdvisorProfile } from '$lib/server/advisors/get-advisor-profile';
import { loadProfileOptions, profileReference } from '$lib/server/advisors/profile-reference';
import { parseProfileForm } from '$lib/server/advisors/profile-schema';
import { updateAdvisorProfile } from '$lib/server/advisors/update-advisor-profile';
import { revokeBackgroundConsent } from '$lib/server/advisors/revoke-background-consent';
import { uploadAdvisorPhoto } from '$lib/server/advisors/upload-advisor-photo';
import { removeAdvisorPhoto } from '$lib/server/advisors/remove-advisor-photo';
import { addBlockedPeriod } from '$lib/server/advisors/add-blocked-period';
import { removeBlockedPeriod } from '$lib/server/advisors/remove-blocked-period';
import { BLOCKED_PERIOD_MESSAGES, blockedPeriodSchema } from '$lib/server/advisors/blocked-periods';
import { MAX_PHOTO_MB, PHOTO_ACCEPT } from '$lib/server/advisors/photo-rules';
import { photoErrorMessage } from '$lib/server/advisors/photo-messages';
import { AdvisorNotFoundError, BlockedPeriodNotFoundError, BlockedPeriodOverlapError, PhotoFileError, StaleProfileError } from '$lib/server/advisors/errors';
import { photoToken } from '$lib/server/advisors/list-team';
import { profileChoices } from '$lib/server/advisors/labels';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Every load and action: the signed-in advisor and their own profile (403 for everyone else). */
async function own(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const user = requireRole(event, 'advisor');
	const { database, config } = await runtime();
	const found = await getAdvisorProfile(database.db, user.id);
	// An account may hold the role without being found here only in a race with a role change.
	if (!found) error(403, m.error_403_text());
	return { user, db: database.db, config, ...found };
}

export const load: PageServerLoad = async (event) => {
	const { db, profile, blockedPeriods } = await own(event);
	const locale = getLocale();
	const options = await loadProfileOptions(db);
	return {
		profile: {
			...profile,
			photo: profile.photoKey ? photoToken(profile.photoKey) : null,
			backgroundConsentDate: profile.backgroundConsentAt ? formatDate(profile.backgroundConsentAt, locale) : null
		},
		blockedPeriods,
		options,
		languages: languageOptions(locale),
		choices: profileChoices(),
		maxPhotoMb: MAX_PHOTO_MB,
		photoAccept: PHOTO_ACCEPT
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { user, db, profile } = await own(event);
		const data = await event.request.formData();
		const options = await loadProfileOptions(db);
		const parsed = parseProfileForm(data, profileReference(options, profile));
		if (!parsed.ok) return fail(400, { action: 'save', errors: parsed.errors, values: parsed.values });
		try {
			await updateAdvisorProfile(db, { userId: user.id, input: parsed.data });
		} catch (err) {
			if (err instanceof StaleProfileError) return fail(409, { action: 'save', errors: { _form: m.adv_error_stale() }, values: formValues(data) });
			if (err instanceof AdvisorNotFoundError) error(403, m.error_403_text());
			throw err;
		}
		return { action: 'save', done: m.adv_profile_saved() };
	},
	revokeBackground: async (event) => {
		const { user, db } = await own(event);
		await revokeBackgroundConsent(db, { userId: user.id });
		return { action: 'revokeBackground', done: m.adv_background_revoked() };
	},
	uploadPhoto: async (event) => {
		const { user, db, config } = await own(event);
		const data = await event.request.formData();
		const file = data.get('photo');
		// Browsers send an empty, nameless part when no file was chosen.
		if (!(file instanceof File) || (file.size === 0 && !file.name)) return fail(400, { action: 'uploadPhoto', errors: { photo: photoErrorMessage('missing') } });
		try {
			await uploadAdvisorPhoto(db, createFileStorage(config), { userId: user.id, bytes: new Uint8Array(await file.arrayBuffer()) });
		} catch (err) {
			if (err instanceof PhotoFileError) return fail(400, { action: 'uploadPhoto', errors: { photo: photoErrorMessage(err.problem) } });
			throw err;
		}
		return { action: 'uploadPhoto', done: m.adv_photo_uploaded() };
	},
	removePhoto: async (event) => {
		const { user, db, config } = await own(event);
		await removeAdvisorPhoto(db, createFileStorage(config), { userId: user.id });
		return { action: 'removePhoto', done: m.adv_photo_removed() };
	},
	addPeriod: async (event) => {
		const { user, db } = await own(event);
		const data = await event.request.formData();
		const parsed = parseForm(blockedPeriodSchema, data, { messages: BLOCKED_PERIOD_MESSAGES });
		if (!parsed.ok) return fail(400, { action: 'addPeriod', errors: parsed.errors, values: parsed.values });
		const locale = getLocale();
		try {
			await addBlockedPeriod(db, { userId: user.id, period: parsed.data });
		} catch (err) {
			if (err instanceof BlockedPeriodOverlapError) {
				const message = m.adv_error_overlap({ start: formatDate(err.period.startsOn, locale), end: formatDate(err.period.endsOn, locale) });
				return fail(409, { action: 'addPeriod', errors: { startsOn: message }, values: formValues(data) });
			}
			throw err;
		}
		return { action: 'addPeriod', done: m.adv_blocked_added({ start: formatDate(parsed.data.startsOn, locale), end: formatDate(parsed.data.endsOn, locale) }) };
	},
	removePeriod: async (event) => {
		const { user, db } = await own(event);
		const data = await event.request.formData();
		const locale = getLocale();
		try {
			const row = await removeBlockedPeriod(db, { userId: user.id, periodId: String(data.get('periodId') ?? '') });
			return { action: 'removePeriod', done: m.adv_blocked_removed({ start: formatDate(row.startsOn, locale), end: formatDate(row.endsOn, locale) }) };
		} catch (err) {
			if (err instanceof BlockedPeriodNotFoundError) return fail(404, { action: 'removePeriod', errors: { _form: m.adv_error_period_not_found() } });
			throw err;
		}
	}
};
