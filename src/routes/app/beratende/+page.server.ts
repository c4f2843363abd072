import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { parseForm } from '$lib/server/forms';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages.js';
import { languageName } from '$lib/reference/languages';
import { EmailTakenError } from '$lib/server/users/invite-user';
import { inviteUserSchema } from '$lib/server/users/user-input';
import { inviteAdvisor } from '$lib/server/advisors/invite-advisor';
import { listAdvisors, parsePoolFilters } from '$lib/server/advisors/list-advisors';
import { listTopics } from '$lib/server/directory/list-topics';
import { topicName } from '$lib/directory-labels';
import type { Actions, PageServerLoad } from './$types';

const inviteSchema = inviteUserSchema.pick({ name: true, email: true });

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'coordinator', 'admin');
	const { database } = await runtime();
	const locale = getLocale();
	const filters = parsePoolFilters(event.url.searchParams);
	const [advisors, everyone, topics] = await Promise.all([listAdvisors(database.db, filters), listAdvisors(database.db), listTopics(database.db)]);
	// The language filter offers the languages somebody in the pool speaks, not all 180 codes.
	const spoken = [...new Set(everyone.flatMap((a) => a.languages.map((l) => l.code)))];
	return {
		filters,
		advisors: advisors.map((a) => ({
			id: a.id,
			name: a.name,
			active: a.active,
			accountDeactivated: !!a.deactivatedAt,
			publicTeam: a.publicTeam,
			languages: a.languages.map((l) => languageName(l.code, locale)).join(', '),
			topics: Object.entries(a.topicLevels)
				.sort(([x, i], [y, j]) => j - i || x.localeCompare(y))
				.map(([slug, level]) => `${topicName(topics, slug, locale)} (${level})`)
				.join(', '),
			baseName: a.baseName,
			weeklyCapacityHours: a.weeklyCapacityHours,
			openAssignments: a.openAssignments
		})),
		languageOptions: spoken.map((c) => ({ value: c, label: languageName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
		topicOptions: topics.map((t) => ({ value: t.slug, label: topicName(topics, t.slug, locale) }))
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const coordinator = requireRole(event, 'coordinator', 'admin');
		const { database, auth, jobs } = await runtime();
		const parsed = parseForm(inviteSchema as z.ZodType<{ name: string; email: string }>, await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'invite', errors: parsed.errors, values: parsed.values });
		try {
			await inviteAdvisor(database.db, auth, { ...parsed.data, actorId: coordinator.id });
		} catch (err) {
			if (err instanceof EmailTakenError) return fail(400, { action: 'invite', errors: { email: m.adv_error_email_taken() }, values: parsed.data });
			throw err;
		}
		jobs?.poke();
		return { action: 'invite', invited: parsed.data.email };
	}
};
