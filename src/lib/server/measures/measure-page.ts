import { error, fail } from '@sveltejs/kit';
import { asc, eq, or } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { Db } from '../db/client';
import { topic } from '../db/schema';
import type { FormValues } from '../forms';
import { runtime } from '../runtime';
import { MeasureNotFoundError, MeasureRefusedError, StaleMeasureError, type MeasureRefusal } from './errors';

const REFUSALS: Record<MeasureRefusal, () => string> = {
	role_not_allowed: m.mea_refusal_role,
	not_started: m.mea_locked_not_started,
	paused: m.mea_locked_paused,
	closed: m.mea_locked_closed,
	status_not_allowed: m.mea_refusal_status_not_allowed
};

export const measureRefusalMessage = (refusal: MeasureRefusal) => REFUSALS[refusal]();

/**
 * Runs a measure command for a form action: 404 for what is not theirs, 403/409 with a sentence for refusals and
 * stale forms (what was typed is kept). Returns the command's result, or the `fail` to return from the action.
 */
export async function runMeasureCommand<T>(action: string, values: FormValues, body: () => Promise<T>) {
	try {
		const result = await body();
		// Queued notices go out now rather than at the runner's next poll.
		(await runtime()).jobs?.poke();
		return { ok: true as const, result };
	} catch (err) {
		if (err instanceof MeasureNotFoundError) error(404, m.error_404_text());
		if (err instanceof StaleMeasureError) return { ok: false as const, failure: fail(409, { action, errors: { _form: m.mea_stale_version() }, values }) };
		if (err instanceof MeasureRefusedError) {
			return { ok: false as const, failure: fail(err.status, { action, errors: { _form: measureRefusalMessage(err.refusal) }, values }) };
		}
		throw err;
	}
}

/** The active Themenfelder for the select, plus the measure's own topic if it was deactivated since. */
export async function listTopicOptions(db: Db, locale: string, keep: string | null = null) {
	const rows = await db
		.select()
		.from(topic)
		.where(keep ? or(eq(topic.active, true), eq(topic.slug, keep)) : eq(topic.active, true))
		.orderBy(asc(topic.sortOrder), asc(topic.slug));
	return rows.map((t) => ({ value: t.slug, label: locale === 'en' ? t.nameEn : t.nameDe }));
}
