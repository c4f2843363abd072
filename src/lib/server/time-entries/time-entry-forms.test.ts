import { describe, expect, it } from 'vitest';
import { parseForm } from '../forms';
import { createTimeEntrySchema, rejectSchema, timeEntryMessages, toInput, updateTimeEntrySchema } from './time-entry-forms';

const today = '2026-11-25';
const consultationId = '0b6f1d6e-4f57-4c1c-9a3a-2a8f5e2b7c10';
const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.append(k, v);
	return data;
};
const valid = { consultationId, workDate: '2026-11-20', hours: '2,5', activity: 'session', description: 'Dialogforum im Rathaus', kilometres: '86', expenses: '12,50', expenseNote: 'Bahnfahrt' };

describe('time entry form', () => {
	it('turns a valid form into the columns of an entry', () => {
		const parsed = parseForm(createTimeEntrySchema(today), form(valid), { messages: timeEntryMessages(today) });
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(toInput(parsed.data)).toEqual({
			consultationId,
			workDate: '2026-11-20',
			minutes: 150,
			activity: 'session',
			description: 'Dialogforum im Rathaus',
			kilometres: 86,
			expensesCents: 1250,
			expenseNote: 'Bahnfahrt'
		});
	});

	it('understands the German date form and leaves optional amounts empty', () => {
		const parsed = parseForm(createTimeEntrySchema(today), form({ ...valid, workDate: '20.11.2026', kilometres: '', expenses: '', expenseNote: '', description: '' }), {
			messages: timeEntryMessages(today)
		});
		expect(parsed.ok && toInput(parsed.data)).toMatchObject({ workDate: '2026-11-20', kilometres: 0, expensesCents: 0 });
	});

	it('names each problem at its field in German and keeps what was typed', () => {
		const parsed = parseForm(
			createTimeEntrySchema(today),
			form({ consultationId: 'x', workDate: '2026-12-01', hours: '25', activity: 'party', kilometres: '2500', expenses: '6000', expenseNote: 'x'.repeat(201), description: 'y'.repeat(1001) }),
			{ messages: timeEntryMessages(today) }
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			consultationId: 'Bitte wählen Sie die Beratung aus.',
			workDate: 'Das Datum liegt in der Zukunft. Bitte erfassen Sie nur bereits geleistete Arbeit.',
			hours: 'Ein Tag hat höchstens 24 Stunden. Bitte prüfen Sie die Angabe.',
			activity: 'Bitte wählen Sie die Tätigkeit aus.',
			kilometres: 'Je Eintrag sind höchstens 2.000 Kilometer möglich. Bitte prüfen Sie die Angabe oder teilen Sie die Fahrten auf.',
			expenses: 'Je Eintrag sind höchstens 5.000 Euro Auslagen möglich. Bitte sprechen Sie höhere Beträge mit der Koordination ab.',
			expenseNote: 'Die Angabe zu den Auslagen darf höchstens 200 Zeichen lang sein.',
			description: 'Die Beschreibung darf höchstens 1.000 Zeichen lang sein.'
		});
		expect(parsed.values.hours).toBe('25');
	});

	it('refuses negative hours, old dates and missing values with their own sentences', () => {
		const parsed = parseForm(createTimeEntrySchema(today), form({ ...valid, hours: '-2', workDate: '2024-01-10' }), { messages: timeEntryMessages(today) });
		expect(!parsed.ok && parsed.errors).toEqual({
			hours: 'Die Stunden müssen größer als 0 sein.',
			workDate: 'Das Datum liegt zu weit zurück. Erfassen können Sie Arbeit ab dem 25.11.2025; für ältere Einträge wenden Sie sich bitte an die Koordination.'
		});
		const empty = parseForm(createTimeEntrySchema(today), form({}), { messages: timeEntryMessages(today) });
		expect(!empty.ok && Object.keys(empty.errors).sort()).toEqual(['activity', 'consultationId', 'hours', 'workDate']);
	});

	it('reads version and receipt removal of the edit form; a rejection needs a reason', () => {
		const parsed = parseForm(updateTimeEntrySchema(today), form({ ...valid, version: '3', removeReceipt: 'on' }), { messages: timeEntryMessages(today) });
		expect(parsed.ok && { version: parsed.data.version, removeReceipt: parsed.data.removeReceipt }).toEqual({ version: 3, removeReceipt: true });
		const reject = parseForm(rejectSchema, form({ entryId: consultationId, version: '1', reason: '   ' }), { messages: timeEntryMessages(today) });
		expect(!reject.ok && reject.errors.reason).toBe('Bitte begründen Sie die Zurückweisung, damit die beratende Person den Eintrag korrigieren kann.');
	});
});
