import { appLocale } from '$lib/locales';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getLocale } from '$lib/paraglide/runtime';
import { listMonthAdvisors, listStatementMonths, loadStatement } from '$lib/server/statements/load-statement';
import { monthLabel, parseMonth } from '$lib/server/statements/month';
import { presentStatement, type StatementView } from '$lib/server/statements/present-statement';
import type { PageServerLoad } from './$types';

/**
 * Advisors see their months with approved entries and the statement of the chosen one (newest by default);
 * coordinators choose a month and an advisor by a GET form, or download all statements of the month.
 * Unknown or foreign choices fall back to the defaults rather than erroring: this page only reads.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'advisor', 'coordinator');
	const { database } = await runtime();
	const db = database.db;
	const locale = appLocale(getLocale());
	const coordinator = event.locals.roles.includes('coordinator');
	const months = await listStatementMonths(db, coordinator ? null : user.id);
	const asked = parseMonth(event.url.searchParams.get('monat'));
	const month = asked && months.includes(asked) ? asked : (months[0] ?? null);
	const monthOptions = months.map((value) => ({ value, label: monthLabel(value, locale) }));

	let advisors: { id: string; name: string }[] = [];
	let advisorId: string | null = coordinator ? null : user.id;
	if (coordinator && month) {
		advisors = await listMonthAdvisors(db, month);
		const askedAdvisor = event.url.searchParams.get('person');
		advisorId = advisors.some((a) => a.id === askedAdvisor) ? askedAdvisor : null;
	}
	let statement: StatementView | null = null;
	if (month && advisorId) {
		const loaded = await loadStatement(db, { advisorId, month });
		statement = loaded ? presentStatement(loaded, locale) : null;
	}
	const base = month ? `/app/abrechnungen/${month}/abrechnung` : null;
	const query = coordinator && advisorId ? `?advisor=${encodeURIComponent(advisorId)}` : '';
	return {
		coordinator,
		months: monthOptions,
		month,
		monthLabel: month ? monthLabel(month, locale) : '',
		advisors,
		advisorId,
		statement,
		downloads: base && statement ? { pdf: `${base}.pdf${query}`, csv: `${base}.csv${query}` } : null,
		allDownloads: base && coordinator ? { pdf: `${base}.pdf`, csv: `${base}.csv` } : null
	};
};
