import { describe, expect, it } from 'vitest';
import { parseRequestForm } from './request-form';
import { formatReference, isReference, parseReference } from './reference-number';
import { REQUEST_TEXT_MAX } from './request-rules';

function form(overrides: Record<string, string | string[] | undefined> = {}) {
	const base: Record<string, string | string[] | undefined> = {
		client: '05358',
		contactName: 'Anna Schmidt',
		contactFunction: 'KEpol',
		contactEmail: 'Anna.Schmidt@Kreis-Dueren.example',
		topics: ['agenda-2030'],
		concern: 'Mehr Zusammenarbeit mit Vereinen.',
		consentProcessing: 'on',
		submissionKey: 'abcdefghijklmnopqrstuvwxyz012345',
		...overrides
	};
	const data = new FormData();
	for (const [k, v] of Object.entries(base)) {
		if (v === undefined) continue;
		for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
	}
	return data;
}

describe('request form schema', () => {
	it('accepts a complete request and normalises it', () => {
		const r = parseRequestForm(form({ sdgs: ['17', '4'], contactPhone: '+49 2421 22-0' }));
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.data).toMatchObject({ contactEmail: 'anna.schmidt@kreis-dueren.example', sdgs: [17, 4], powSolution: null, involve: '' });
	});

	it('reports an invalid email, missing consent and an unknown client at their fields and keeps the input', () => {
		const r = parseRequestForm(form({ contactEmail: 'kaputt@', consentProcessing: undefined, client: 'Düren' }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(Object.keys(r.errors).sort()).toEqual(['client', 'consentProcessing', 'contactEmail']);
		expect(r.errors.consentProcessing).toContain('Einwilligung');
		expect(r.values.contactEmail).toBe('kaputt@');
	});

	it('requires at least one topic and refuses over-long texts', () => {
		const r = parseRequestForm(form({ topics: undefined, concern: 'x'.repeat(REQUEST_TEXT_MAX + 1), involve: 'y'.repeat(REQUEST_TEXT_MAX + 1) }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.topics).toBeTruthy();
		expect(r.errors.concern).toContain('5.000');
		expect(r.errors.involve).toBeTruthy();
	});

	it('refuses a choice that is not in the lists and a missing submission key', () => {
		const r = parseRequestForm(form({ desiredFormat: 'party', submissionKey: '' }));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['desiredFormat', 'submissionKey']);
	});
});

describe('reference numbers', () => {
	it('formats the running number with at least four digits', () => {
		expect(formatReference(2026, 42)).toBe('MG-2026-0042');
		expect(formatReference(2026, 12345)).toBe('MG-2026-12345');
		expect(parseReference('MG-2026-0042')).toEqual({ year: 2026, n: 42 });
		expect(isReference('MG-2026-0042')).toBe(true);
		expect(isReference('MG-2026-42<script>')).toBe(false);
		expect(isReference(null)).toBe(false);
	});
});
