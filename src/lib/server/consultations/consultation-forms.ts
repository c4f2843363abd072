import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { isLanguageCode } from '$lib/reference/languages';
import type { Refusal } from './lifecycle';

/** The coordinator's record after the Dialogforum; arrays come from checkbox groups (parseForm `arrays`). */
export const detailsSchema = z.object({
	goals: z.string().trim().max(5000, 'text_too_long').default(''),
	topics: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).max(30),
	sdgs: z.array(z.coerce.number().int().min(1).max(17)).max(17),
	desiredFormat: z.string().trim().max(500, 'text_too_long').default(''),
	timeframe: z.string().trim().max(500, 'text_too_long').default(''),
	targetLanguages: z.array(z.string().refine(isLanguageCode)).max(40)
});

const REFUSALS: Record<Refusal, () => string> = {
	not_allowed_from_state: m.cons_refusal_not_allowed_from_state,
	role_not_allowed: m.cons_refusal_role_not_allowed,
	reason_required: m.cons_refusal_reason_required,
	goals_and_topics_missing: m.cons_refusal_goals_and_topics_missing,
	no_accepted_advisor: m.cons_refusal_no_accepted_advisor,
	evaluation_missing: m.cons_refusal_evaluation_missing
};

/** The German (or English) sentence for a refused transition. */
export function refusalMessage(refusal: Refusal): string {
	return REFUSALS[refusal]();
}
