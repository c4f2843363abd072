import { describe, expect, it } from 'vitest';
import { parseDateInput, parseReportFilter, reportFilterParams } from './report-filter';

const options = {
	regions: [{ code: '051', name: 'Düsseldorf' }],
	topics: [{ slug: 'agenda-2030', nameDe: 'Agenda 2030', nameEn: 'Agenda 2030' }],
	advisors: [{ id: 'adv-1', name: 'Aylin Demir' }]
};
const parse = (q: string, today = '2026-11-25') => parseReportFilter(new URLSearchParams(q), options, today);

describe('parseDateInput', () => {
	it('reads ISO and German dates and refuses impossible ones', () => {
		expect(parseDateInput('2025-03-01')).toBe('2025-03-01');
		expect(parseDateInput('1.3.2025')).toBe('2025-03-01');
		expect(parseDateInput('2025-02-30')).toBeNull();
		expect(parseDateInput('31.04.2025')).toBeNull();
		expect(parseDateInput('gestern')).toBeNull();
	});
});

describe('parseReportFilter', () => {
	it('defaults to the current calendar year and no further filters', () => {
		expect(parse('')).toEqual({
			filter: { from: '2026-01-01', to: '2026-12-31', region: null, topic: null, advisorId: null },
			values: { from: '', to: '', region: '', topic: '', advisor: '' },
			errors: {},
			notices: []
		});
	});

	it('takes known region, topic and advisor', () => {
		const p = parse('von=2025-01-01&bis=31.12.2025&bezirk=051&thema=agenda-2030&beratung=adv-1');
		expect(p.errors).toEqual({});
		expect(p.filter).toEqual({ from: '2025-01-01', to: '2025-12-31', region: '051', topic: 'agenda-2030', advisorId: 'adv-1' });
	});

	it('marks malformed dates and unknown values at their field and keeps what was typed', () => {
		const p = parse('von=2025-13-01&bis=1.1.1850&bezirk=999&thema=%3Cscript%3E&beratung=x');
		expect(p.errors).toEqual({
			from: 'date_invalid',
			to: 'date_out_of_range',
			region: 'region_unknown',
			topic: 'topic_unknown',
			advisor: 'advisor_unknown'
		});
		expect(p.values.topic).toBe('<script>');
	});

	it('accepts a reversed or a future period with a notice instead of an error', () => {
		expect(parse('von=2025-12-31&bis=2025-01-01')).toMatchObject({ errors: {}, notices: ['reversed'] });
		expect(parse('von=2027-01-01&bis=2027-12-31')).toMatchObject({ errors: {}, notices: ['future'] });
		expect(parse('von=2026-11-01&bis=2027-01-31').notices).toEqual([]);
	});
});

describe('reportFilterParams', () => {
	it('writes the same parameters that parseReportFilter reads', () => {
		const filter = { from: '2025-01-01', to: '2025-06-30', region: '051', topic: null, advisorId: 'adv-1' };
		expect(parse(reportFilterParams(filter).toString()).filter).toEqual(filter);
	});
});
