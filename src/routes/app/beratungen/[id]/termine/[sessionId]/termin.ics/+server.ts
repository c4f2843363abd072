import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { loadConsultationPage } from '$lib/server/consultations/consultation-page';
import { clientName } from '$lib/server/consultations/client-name';
import { buildCalendar, icsFileName } from '$lib/server/sessions/ics';
import { getSession } from '$lib/server/sessions/list-sessions';
import type { RequestHandler } from './$types';

/** One session as an .ics download, for everyone who may see the consultation; never with internal notes. */
export const GET: RequestHandler = async (event) => {
	const { db, access, config } = await loadConsultationPage(event);
	const found = await getSession(db, access, event.params.sessionId);
	if (!found) error(404, m.error_404_text());
	const { session } = found;
	const c = access.consultation;
	const body = buildCalendar([{ ...session, reference: c.reference, client: await clientName(db, c) }], {
		origin: config.origin,
		name: m.ses_ics_single_name({ title: session.title }),
		locale: getLocale()
	});
	return new Response(body, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="${icsFileName(session.startsAt)}"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
