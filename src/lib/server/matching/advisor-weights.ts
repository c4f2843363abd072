import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import type { Db } from '../db/client';
import { setting } from '../db/schema';
import { recordAudit } from '../audit/record-audit';
import { ADVISOR_FACTOR_KEYS, DEFAULT_ADVISOR_WEIGHTS, type AdvisorFactorKey, type AdvisorWeights } from './default-weights';

export const ADVISOR_WEIGHTS_KEY = 'matching.advisorWeights';

const weight = z.number().min(0).max(10);
const allZero = (w: AdvisorWeights) => ADVISOR_FACTOR_KEYS.some((k) => w[k] > 0);

/** The stored value: every factor 0–10, at least one above 0 (otherwise every score would be 0). */
export const advisorWeightsSchema = z
	.object(Object.fromEntries(ADVISOR_FACTOR_KEYS.map((k) => [k, weight])) as Record<AdvisorFactorKey, typeof weight>)
	.refine(allZero, { error: 'weights_all_zero', path: ['_form'] });

/** The admin form: numbers typed as "2", "2.5" or "2,5"; issue codes are turned into text by WEIGHT_FORM_MESSAGES. */
const formWeight = z
	.string({ error: 'weight' })
	.trim()
	.regex(/^(10([.,]0)?|\d([.,]\d)?)$/, { error: 'weight' })
	.transform((v) => Number(v.replace(',', '.')));

export const advisorWeightsFormSchema = z
	.object({
		...(Object.fromEntries(ADVISOR_FACTOR_KEYS.map((k) => [k, formWeight])) as Record<AdvisorFactorKey, typeof formWeight>),
		stamp: z.string().regex(/^\d{1,15}$/, { error: 'weights_stale' }).transform(Number)
	})
	.refine((w) => allZero(w), { error: 'weights_all_zero', path: ['_form'] });

export const WEIGHT_FORM_MESSAGES: Record<string, () => string> = {
	weight: m.match_error_weight,
	weights_all_zero: m.match_error_weights_all_zero,
	weights_stale: m.match_error_weights_stale
};

/** Someone saved the weights since the form was shown; nothing was written. */
export class StaleWeightsError extends Error {
	constructor() {
		super('stale advisor weights');
	}
}

/**
 * The weights in force and a stamp (the time of the last save in ms, 0 = never saved) that the admin form sends back,
 * so that a second admin's older form cannot overwrite a newer save. A stored value that no longer validates falls
 * back to the defaults.
 */
export async function getAdvisorWeights(db: Db): Promise<{ weights: AdvisorWeights; stamp: number }> {
	const [row] = await db.select().from(setting).where(eq(setting.key, ADVISOR_WEIGHTS_KEY));
	if (!row) return { weights: { ...DEFAULT_ADVISOR_WEIGHTS }, stamp: 0 };
	const parsed = advisorWeightsSchema.safeParse(row.value);
	return { weights: parsed.success ? parsed.data : { ...DEFAULT_ADVISOR_WEIGHTS }, stamp: row.updatedAt.getTime() };
}

/** Saves the weights if nobody saved since `stamp`; audited. */
export async function saveAdvisorWeights(db: Db, cmd: { weights: AdvisorWeights; stamp: number; actorId: string }) {
	const weights = advisorWeightsSchema.parse(cmd.weights);
	await db.transaction(async (tx) => {
		const [row] = await tx.select({ updatedAt: setting.updatedAt }).from(setting).where(eq(setting.key, ADVISOR_WEIGHTS_KEY)).for('update');
		if ((row?.updatedAt.getTime() ?? 0) !== cmd.stamp) throw new StaleWeightsError();
		// Millisecond timestamps keep the stamp exact on both drivers (PostgreSQL stores microseconds).
		const now = sql`date_trunc('milliseconds', clock_timestamp())`;
		await tx
			.insert(setting)
			.values({ key: ADVISOR_WEIGHTS_KEY, value: weights, updatedBy: cmd.actorId, updatedAt: now })
			.onConflictDoUpdate({ target: setting.key, set: { value: weights, updatedAt: now, updatedBy: cmd.actorId } });
		await recordAudit(tx, { actorId: cmd.actorId, action: 'settings.advisor_weights', targetType: 'settings', targetId: ADVISOR_WEIGHTS_KEY, details: weights });
	});
}
