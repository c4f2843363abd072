import { describe, expect, it } from 'vitest';
import { exportFileName, exportQuery, parseExportSelection, parseExportYear } from './report-export-request';
import type { ReportFilterOptions } from './report-types';

const options: ReportFilterOptions = {
	regions: [{ code: '051', name: 'Düsseldorf' }, { code: '053', name: 'Köln' }],
	topics: [{ slug: 'agenda-2030', nameDe: 'Agenda 2030', nameEn: 'Agenda 2030' }],
	advisors: []
};
const params = (query: string) => new URLSearchParams(query);

describe('parseExportYear', () => {
	it('accepts 2020 up to the current year and refuses everything else', () => {
		expect(parseExportYear('2020', 2026)).toBe(2020);
		expect(parseExportYear(' 2026 ', 2026)).toBe(2026);
		for (const bad of ['2019', '2027', '20x5', '', '2025.5', '02025', '-2025', null, undefined]) expect(parseExportYear(bad, 2026), String(bad)).toBeNull();
	});
});

describe('parseExportSelection', () => {
	it('defaults to the last completed year with no filters', () => {
		const s = parseExportSelection(null, params(''), options, 2026);
		expect(s.errors).toEqual({});
		expect(s.year).toBe(2025);
		expect(s.filter).toEqual({ from: '2025-01-01', to: '2025-12-31', region: null, topic: null });
	});

	it('takes a year, region and topic from the lists and names them', () => {
		const s = parseExportSelection('2024', params('bezirk=053&thema=agenda-2030'), options, 2026);
		expect(s.errors).toEqual({});
		expect(s.filter).toEqual({ from: '2024-01-01', to: '2024-12-31', region: '053', topic: 'agenda-2030' });
		expect(s.labels).toEqual({ region: 'Köln', topic: 'Agenda 2030' });
	});

	it('marks a bad year, an unknown region and an unknown topic as errors and keeps what was asked', () => {
		const s = parseExportSelection('1999', params('bezirk=999&thema=%3Cscript%3E'), options, 2026);
		expect(s.errors).toEqual({ year: true, region: true, topic: true });
		expect(s.values).toEqual({ year: '1999', region: '999', topic: '<script>' });
		expect(s.filter.region).toBeNull();
	});
});

describe('export file names and links', () => {
	it('names the files by year and selection, ASCII only', () => {
		expect(exportFileName(2025, 'pdf')).toBe('miglobe-wirkungsbericht-2025.pdf');
		expect(exportFileName(2025, 'csv', { region: '053', topic: 'agenda-2030' }, 'kennzahlen')).toBe('miglobe-wirkungsbericht-2025-region-053-thema-agenda-2030-kennzahlen.csv');
		expect(exportFileName(2025, 'xlsx', { topic: 'ä/../x' })).toBe('miglobe-wirkungsbericht-2025-thema-x.xlsx');
	});

	it('carries region and topic to the download links', () => {
		expect(exportQuery({ region: null, topic: null })).toBe('');
		expect(exportQuery({ region: '051', topic: 'agenda-2030' }, { tabelle: 'sdgs' })).toBe('?bezirk=051&thema=agenda-2030&tabelle=sdgs');
	});
});
