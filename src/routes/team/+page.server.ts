import { runtime } from '$lib/server/runtime';
import { getLocale } from '$lib/paraglide/runtime';
import { topicName } from '$lib/directory-labels';
import { listTopics } from '$lib/server/directory/list-topics';
import { listTeam } from '$lib/server/advisors/list-team';
import { languagesText } from '$lib/server/advisors/labels';
import type { PageServerLoad } from './$types';

/** Public: the advisors who opted in, with name, photo, languages, topics and short bio only (see list-team.ts). */
export const load: PageServerLoad = async () => {
	const { database } = await runtime();
	const locale = getLocale();
	const [team, topics] = await Promise.all([listTeam(database.db), listTopics(database.db)]);
	return {
		team: team.map((t) => ({
			id: t.id,
			name: t.name,
			bio: t.bio,
			photo: t.photo,
			languages: languagesText(t.languages, locale),
			topics: t.topics.map((slug) => topicName(topics, slug, locale)).join(', ')
		}))
	};
};
