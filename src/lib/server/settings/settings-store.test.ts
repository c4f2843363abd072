import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setting } from '../db/schema';
import { describeDb } from '../testing/test-db';
import { DEFAULT_SETTINGS, SETTING_KEYS, settingsSchema, type Settings } from './settings-schema';
import { getSettings, saveSettings } from './settings-store';

describe('settingsSchema', () => {
	it('accepts the defaults', () => {
		expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
	});

	function problemOf(patch: Partial<Record<keyof Settings, string>>) {
		const r = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...patch });
		expect(r.success).toBe(false);
		return r.error!.issues.map((i) => [i.path[0], i.message]);
	}

	// The conciliation URL becomes a link on the accessibility statement: no script URLs.
	it.each(['javascript:alert(1)', 'ftp://schlichtung.example.org', 'www.schlichtungsstelle-bgg.de', 'data:text/html,x'])(
		'rejects the conciliation URL %s',
		(conciliationUrl) => {
			expect(problemOf({ conciliationUrl })).toEqual([['conciliationUrl', 'url_invalid']]);
		}
	);

	it.each(['25.11.2026', '2026-13-01', '2026-02-30', 'gestern'])('rejects the review date %s', (accessibilityReviewedOn) => {
		expect(problemOf({ accessibilityReviewedOn })).toEqual([['accessibilityReviewedOn', 'date_invalid']]);
	});

	it('rejects a bad email and an empty required field with their codes', () => {
		expect(problemOf({ coordinationEmail: 'keine-adresse' })).toEqual([['coordinationEmail', 'email_invalid']]);
		expect(problemOf({ operatorName: '   ' })).toEqual([['operatorName', 'text_required']]);
		expect(problemOf({ coordinationName: 'x'.repeat(301) })).toEqual([['coordinationName', 'text_too_long']]);
	});
});

describeDb('settings store', ({ db }) => {
	// Runs first, while the database is still empty.
	it('returns the defaults on an empty database', async () => {
		expect(await db().select().from(setting)).toEqual([]);
		expect(await getSettings(db())).toEqual(DEFAULT_SETTINGS);
	});

	it('falls back to the default only for a stored value that no longer validates', async () => {
		await db().insert(setting).values([
			{ key: 'coordinationEmail', value: 'not-an-email' },
			{ key: 'coordinationName', value: 'Koordination Test' },
			{ key: 'somethingUnknown', value: 'ignored' }
		]);
		const s = await getSettings(db());
		expect(s.coordinationEmail).toBe(DEFAULT_SETTINGS.coordinationEmail);
		expect(s.coordinationName).toBe('Koordination Test');
		expect(Object.keys(s).sort()).toEqual([...SETTING_KEYS].sort());
		await db().delete(setting);
	});

	it('returns what was saved, and saving again overwrites', async () => {
		const values: Settings = {
			...DEFAULT_SETTINGS,
			coordinationEmail: 'koordination@miglobe.example.org',
			coordinationPhone: '+49 211 123456',
			operatorVatId: 'DE123456789',
			accessibilityReviewedOn: '2027-01-15'
		};
		await saveSettings(db(), values, 'admin-1');
		expect(await getSettings(db())).toEqual(values);
		const [row] = await db().select().from(setting).where(eq(setting.key, 'coordinationEmail'));
		expect(row.updatedBy).toBe('admin-1');

		await saveSettings(db(), { ...values, coordinationPhone: '' }, null);
		const again = await getSettings(db());
		expect(again.coordinationPhone).toBe('');
		expect(again.coordinationEmail).toBe('koordination@miglobe.example.org');
		expect(await db().select().from(setting)).toHaveLength(SETTING_KEYS.length);
	});
});
