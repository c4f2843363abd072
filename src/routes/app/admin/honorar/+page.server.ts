import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { formValues, parseForm } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { listRates } from '$lib/server/statements/load-statement';
import { rateFormSchema, rateValidOn, toRateInput } from '$lib/server/statements/rates';
import { RateRefusedError, setHonorariumRate } from '$lib/server/statements/set-honorarium-rate';
import { formatCents, formatShortDate } from '$lib/server/statements/format-statement';
import { todayInBerlin } from '$lib/server/statements/month';
import type { Actions, PageServerLoad } from './$types';

const RATE_MESSAGES: Record<string, () => string> = {
	stm_error_amount_required: m.stm_error_amount_required,
	stm_error_amount_negative: m.stm_error_amount_negative,
	stm_error_amount_invalid: m.stm_error_amount_invalid,
	stm_error_hourly_too_high: m.stm_error_hourly_too_high,
	stm_error_kilometre_too_high: m.stm_error_kilometre_too_high,
	stm_error_date_invalid: m.stm_error_date_invalid
};

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const { database } = await runtime();
	const locale = getLocale();
	const rates = await listRates(database.db);
	const current = rateValidOn(rates, todayInBerlin(new Date()));
	return {
		rates: rates
			.map((r) => ({
				id: r.id,
				validFrom: formatShortDate(r.validFrom, locale),
				hourly: formatCents(r.hourlyCents, locale),
				kilometre: formatCents(r.kilometreCents, locale),
				setBy: r.createdByName ?? '–',
				current: r.id === current?.id
			}))
			.reverse()
	};
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireRole(event, 'admin');
		const { database } = await runtime();
		const data = await event.request.formData();
		const parsed = parseForm(rateFormSchema, data, { messages: RATE_MESSAGES });
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		try {
			const row = await setHonorariumRate(database.db, { input: toRateInput(parsed.data), actorId: admin.id });
			return { saved: formatShortDate(row.validFrom, getLocale()) };
		} catch (err) {
			if (!(err instanceof RateRefusedError)) throw err;
			const message =
				err.code === 'date_taken' ? m.stm_error_date_taken() : m.stm_error_date_too_early({ date: formatShortDate(err.earliest!, getLocale()) });
			return fail(409, { errors: { validFrom: message }, values: formValues(data) });
		}
	}
};
