import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { formatDate } from '$lib/format';
import { isSdg, sdgLabel } from '$lib/sdgs';
import { topicName } from '$lib/directory-labels';
import { getAdvisorProfile } from '$lib/server/advisors/get-advisor-profile';
import { loadProfileOptions } from '$lib/server/advisors/profile-reference';
import { formatLabel, languagesText } from '$lib/server/advisors/labels';
import { photoToken } from '$lib/server/advisors/list-team';
import { setAdvisorActive } from '$lib/server/advisors/set-advisor-active';
import { AdvisorNotFoundError } from '$lib/server/advisors/errors';
import type { Actions, PageServerLoad } from './$types';

const levelled = (levels: Record<string, number>, label: (key: string) => string) =>
	Object.entries(levels)
		.sort(([a, x], [b, y]) => y - x || a.localeCompare(b, undefined, { numeric: true }))
		.map(([key, level]) => `${label(key)} (${level})`);

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const found = await getAdvisorProfile(database.db, event.params.userId);
	if (!found) error(404, m.error_404_text());
	const { account, profile: p, blockedPeriods } = found;
	const locale = getLocale();
	const options = await loadProfileOptions(database.db);
	const nameOf = <T extends { name: string }>(list: T[], pick: (x: T) => string, code: string) => list.find((x) => pick(x) === code)?.name ?? code;
	return {
		account: { id: account.id, name: account.name, email: account.email, deactivated: !!account.deactivatedAt },
		profile: {
			saved: p.version > 0,
			active: p.active,
			publicTeam: p.publicTeam,
			photo: p.photoKey ? photoToken(p.photoKey) : null,
			bio: p.bio,
			languages: languagesText(p.languages, locale),
			topics: levelled(p.topicLevels, (slug) => topicName(options.topics, slug, locale)),
			sdgs: levelled(p.sdgLevels, (n) => (isSdg(Number(n)) ? sdgLabel(Number(n) as Parameters<typeof sdgLabel>[0]) : n)),
			formats: p.formats.map(formatLabel),
			base: p.baseMunicipalityAgs ? nameOf(options.municipalities, (x) => x.ags, p.baseMunicipalityAgs) : null,
			regions: p.servedRegions.map((c) => nameOf(options.regions, (x) => x.code, c)),
			districts: p.servedDistricts.map((c) => nameOf(options.districts, (x) => x.code, c)),
			travelRadiusKm: p.travelRadiusKm,
			weeklyCapacityHours: p.weeklyCapacityHours,
			// Shown only while the advisor's consent holds; revoking it deletes the text anyway.
			background: p.backgroundConsentAt && p.background ? { text: p.background, since: formatDate(p.backgroundConsentAt, locale) } : null
		},
		blockedPeriods: blockedPeriods.map((b) => ({ id: b.id, start: formatDate(b.startsOn, locale), end: formatDate(b.endsOn, locale), note: b.note }))
	};
};

export const actions: Actions = {
	setActive: async (event) => {
		const coordinator = requireRole(event, 'coordinator', 'admin');
		const { database } = await runtime();
		const active = (await event.request.formData()).get('active') === 'yes';
		try {
			await setAdvisorActive(database.db, { userId: event.params.userId, active, actorId: coordinator.id });
		} catch (err) {
			if (err instanceof AdvisorNotFoundError) error(404, m.error_404_text());
			throw err;
		}
		return { active };
	}
};
