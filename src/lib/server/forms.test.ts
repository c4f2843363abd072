import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldMessage, formValues, pageParam, parseForm } from './forms';

/** A small schema in the style of the app's forms: message codes that parseForm turns into text. */
const schema = z.object({
	name: z.string().trim().min(2, { error: 'name_required' }),
	email: z.string().trim().pipe(z.email({ error: 'email_invalid' })),
	note: z.string().optional().default('')
});

function form(entries: [string, string][]): FormData {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return data;
}

describe('parseForm', () => {
	it('returns the parsed data on success', () => {
		const r = parseForm(schema, form([['name', ' Petra '], ['email', 'petra@bielefeld.de']]));
		expect(r).toEqual({ ok: true, data: { name: 'Petra', email: 'petra@bielefeld.de', note: '' } });
	});

	it('returns German messages per field and keeps what was typed', () => {
		const r = parseForm(schema, form([['name', 'P'], ['email', 'keine-adresse'], ['note', 'Hallo']]));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(Object.keys(r.errors).sort()).toEqual(['email', 'name']);
		expect(r.errors.email).toContain('E-Mail-Adresse');
		expect(r.errors.name).toContain('Namen');
		expect(r.values).toEqual({ name: 'P', email: 'keine-adresse', note: 'Hallo' });
	});

	it('gives a generic message for an unknown code and "too long" for a too_big issue', () => {
		const s = z.object({ a: z.string().min(1, { error: 'no_such_code' }), b: z.string().max(2) });
		const r = parseForm(s, form([['a', ''], ['b', 'xyz']]));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.a).toBe(fieldMessage('text_required'));
		expect(r.errors.b).toBe(fieldMessage('text_too_long'));
		expect(r.errors.b).not.toBe(r.errors.a);
	});

	it('reports a missing field instead of throwing', () => {
		const r = parseForm(schema, form([['name', 'Petra']]));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.email).toBeTruthy();
	});

	it('strips NUL and other control characters but keeps line breaks and tabs', () => {
		const r = parseForm(schema, form([['name', 'Pe\u0000tra\u0007'], ['email', 'petra@bielefeld.de'], ['note', 'a\nb\tc\r\nd\u001b\u007f']]));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data.name).toBe('Petra');
		expect(r.data.note).toBe('a\nb\tc\r\nd');
	});

	it('collects repeated fields named in arrays, and gives an absent one as empty', () => {
		const s = z.object({ roles: z.array(z.string()).min(1, { error: 'roles_required' }) });
		const ok = parseForm(s, form([['roles', 'admin'], ['roles', 'advisor']]), { arrays: ['roles'] });
		expect(ok).toEqual({ ok: true, data: { roles: ['admin', 'advisor'] } });
		const none = parseForm(s, new FormData(), { arrays: ['roles'] });
		expect(none.ok).toBe(false);
		if (!none.ok) expect(none.errors.roles).toContain('Rolle');
		// Without the option only the first value is read.
		expect(parseForm(z.object({ roles: z.string() }), form([['roles', 'a'], ['roles', 'b']]))).toEqual({ ok: true, data: { roles: 'a' } });
	});

	it('keeps passwords out of the values it returns', () => {
		const s = z.object({ email: z.string().pipe(z.email({ error: 'email_invalid' })), password: z.string().min(10) });
		const r = parseForm(s, form([['email', 'nope'], ['password', 'geheim']]), { omit: ['password'] });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.values).toEqual({ email: 'nope' });
		expect(JSON.stringify(r)).not.toContain('geheim');
	});
});

describe('formValues', () => {
	it('gives repeated fields and fields ending in [] as arrays', () => {
		const data = form([['a', '1'], ['tags', 'x'], ['tags', 'y'], ['one[]', 'z']]);
		expect(formValues(data)).toEqual({ a: '1', tags: ['x', 'y'], 'one[]': ['z'] });
	});

	it('never hands back an uploaded file', () => {
		const data = form([['a', '1']]);
		data.append('upload', new Blob(['file content']), 'file.txt');
		const values = formValues(data);
		expect(values.upload ?? '').toBe('');
		expect(JSON.stringify(values)).not.toContain('file content');
	});
});

describe('pageParam', () => {
	const page = (qs: string) => pageParam(new URL(`http://localhost/app/admin/benutzer${qs}`));

	it('reads a valid page number', () => {
		expect(page('?seite=3')).toBe(3);
		expect(page('?seite=100000')).toBe(100_000);
		expect(pageParam(new URL('http://localhost/?p=4'), 'p')).toBe(4);
	});

	it.each(['', '?seite=', '?seite=0', '?seite=-2', '?seite=1.5', '?seite=abc', '?seite=1e3x', '?seite=100001', '?seite=Infinity'])(
		'clamps bad input %s to page 1',
		(qs) => {
			expect(page(qs)).toBe(1);
		}
	);
});
