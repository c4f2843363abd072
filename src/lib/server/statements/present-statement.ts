import { m } from '$lib/paraglide/messages.js';
import type { TimeActivity } from '../db/schema';
import type { Statement, StatementLine } from './build-statement';
import { formatCents, formatHours, formatKilometres, formatShortDate } from './format-statement';
import { monthLabel, monthRange } from './month';

type Locale = 'de' | 'en';

const ACTIVITY: Record<TimeActivity, (inputs: object, options: { locale: Locale }) => string> = {
	preparation: m.stm_activity_preparation,
	session: m.stm_activity_session,
	travel: m.stm_activity_travel,
	follow_up: m.stm_activity_follow_up,
	other: m.stm_activity_other
};

export function activityLabel(key: StatementLine['activityKey'], locale: Locale): string {
	return ACTIVITY[key.slice('stm_activity_'.length) as TimeActivity]({}, { locale });
}

export interface StatementView {
	month: string;
	monthLabel: string;
	advisor: Statement['advisor'];
	lines: {
		id: string;
		date: string;
		reference: string;
		activity: string;
		hours: string;
		kilometres: string;
		honorarium: string;
		allowance: string;
		expenses: string;
		total: string;
		rated: boolean;
	}[];
	totals: { hours: string; honorarium: string; kilometres: string; allowance: string; expenses: string; grandTotal: string };
	rates: string[];
	/** A sentence when lines had no valid rate; empty otherwise. */
	unratedNotice: string;
	period: { from: string; to: string };
}

/**
 * Every figure of a statement as text in one language. The page, the PDF and the CSV's total use these same
 * strings, so what a person sees on the page is what the download says.
 */
export function presentStatement(statement: Statement, locale: Locale): StatementView {
	const money = (c: number | null) => (c === null ? m.stm_no_rate({}, { locale }) : formatCents(c, locale));
	const { first, next } = monthRange(statement.month);
	const last = new Date(`${next}T00:00:00Z`);
	last.setUTCDate(0);
	const t = statement.totals;
	return {
		month: statement.month,
		monthLabel: monthLabel(statement.month, locale),
		advisor: statement.advisor,
		lines: statement.lines.map((l) => ({
			id: l.entryId,
			date: formatShortDate(l.workDate, locale),
			reference: l.consultationReference,
			activity: activityLabel(l.activityKey, locale),
			hours: formatHours(l.minutes, locale),
			kilometres: formatKilometres(l.kilometres, locale),
			honorarium: money(l.honorariumCents),
			allowance: money(l.kilometreAllowanceCents),
			expenses: formatCents(l.expensesCents, locale),
			total: money(l.totalCents),
			rated: l.rate !== null
		})),
		totals: {
			hours: formatHours(t.minutes, locale),
			honorarium: formatCents(t.honorariumCents, locale),
			kilometres: formatKilometres(t.kilometres, locale),
			allowance: formatCents(t.kilometreAllowanceCents, locale),
			expenses: formatCents(t.expensesCents, locale),
			grandTotal: formatCents(t.grandTotalCents, locale)
		},
		rates: statement.ratesUsed.map((r) =>
			m.stm_rate_line(
				{ date: formatShortDate(r.validFrom, locale), hourly: formatCents(r.hourlyCents, locale), km: formatCents(r.kilometreCents, locale) },
				{ locale }
			)
		),
		unratedNotice: statement.unratedLines > 0 ? m.stm_unrated_notice({ count: statement.unratedLines }, { locale }) : '',
		period: { from: formatShortDate(first, locale), to: formatShortDate(last.toISOString().slice(0, 10), locale) }
	};
}
