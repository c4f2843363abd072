import { stringify } from 'csv-stringify/sync';
import { m } from '$lib/paraglide/messages.js';
import type { Statement } from './build-statement';
import { formatCentsPlain, formatHoursPlain, formatShortDate } from './format-statement';
import { activityLabel } from './present-statement';

const locale = 'de' as const;

/**
 * The statements as CSV for Excel in Germany: semicolons, decimal commas, UTF-8 with a byte order mark (without it
 * Excel reads "Mensah" fine but "Yılmaz" as mojibake). Money and hours are plain numbers (no "€", no thousands
 * separator) so that Excel can add them up. One row per entry and one total row per advisor; entries without a
 * valid rate have empty amounts and a note, and are not in the total.
 */
export function renderStatementCsv(statements: Statement[]): string {
	const money = (c: number | null) => (c === null ? '' : formatCentsPlain(c, locale));
	const header = [
		m.stm_col_advisor({}, { locale }),
		m.stm_col_date({}, { locale }),
		m.stm_col_consultation({}, { locale }),
		m.stm_col_activity({}, { locale }),
		m.stm_col_hours({}, { locale }),
		m.stm_col_km({}, { locale }),
		m.stm_col_hourly_rate({}, { locale }),
		m.stm_col_km_rate({}, { locale }),
		m.stm_col_honorarium({}, { locale }),
		m.stm_col_km_allowance({}, { locale }),
		m.stm_col_expenses({}, { locale }),
		m.stm_col_total({}, { locale }),
		m.stm_col_note({}, { locale })
	];
	const rows: string[][] = [header];
	for (const s of statements) {
		for (const l of s.lines) {
			rows.push([
				s.advisor.name,
				formatShortDate(l.workDate, locale),
				l.consultationReference,
				activityLabel(l.activityKey, locale),
				formatHoursPlain(l.minutes, locale),
				String(l.kilometres),
				l.rate ? formatCentsPlain(l.rate.hourlyCents, locale) : '',
				l.rate ? formatCentsPlain(l.rate.kilometreCents, locale) : '',
				money(l.honorariumCents),
				money(l.kilometreAllowanceCents),
				formatCentsPlain(l.expensesCents, locale),
				money(l.totalCents),
				l.rate ? '' : m.stm_no_rate({}, { locale })
			]);
		}
		const t = s.totals;
		rows.push([
			s.advisor.name,
			m.stm_total_row({}, { locale }),
			'',
			'',
			formatHoursPlain(t.minutes, locale),
			String(t.kilometres),
			'',
			'',
			formatCentsPlain(t.honorariumCents, locale),
			formatCentsPlain(t.kilometreAllowanceCents, locale),
			formatCentsPlain(t.expensesCents, locale),
			formatCentsPlain(t.grandTotalCents, locale),
			s.unratedLines > 0 ? m.stm_unrated_notice({ count: s.unratedLines }, { locale }) : ''
		]);
	}
	// CRLF is what Excel writes and expects; formulas are neutralised below.
	return stringify(rows.map((r) => r.map(neutraliseFormula)), { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/**
 * Names and references come from people; a cell starting with =, +, - or @ would run as a formula in Excel
 * (CSV injection). Our own numbers never start with those, so only such text gets a leading apostrophe.
 */
function neutraliseFormula(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
