import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { setting } from '../db/schema';
import { DEFAULT_SETTINGS, SETTING_KEYS, settingsSchema, type Settings } from './settings-schema';

/** Stored values over the defaults; a stored value that no longer validates falls back to its default. */
export async function getSettings(db: Db): Promise<Settings> {
	const rows = await db.select().from(setting).where(inArray(setting.key, SETTING_KEYS));
	const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
	for (const row of rows) merged[row.key] = row.value;
	const parsed = settingsSchema.safeParse(merged);
	if (parsed.success) return parsed.data;
	for (const issue of parsed.error.issues) {
		const key = issue.path[0] as keyof Settings;
		(merged as Record<string, unknown>)[key] = DEFAULT_SETTINGS[key];
	}
	return settingsSchema.parse(merged);
}

export async function saveSettings(db: Db, values: Settings, actorId: string | null) {
	const rows = SETTING_KEYS.map((key) => ({ key, value: values[key], updatedBy: actorId }));
	await db
		.insert(setting)
		.values(rows)
		.onConflictDoUpdate({
			target: setting.key,
			set: { value: sql`excluded.value`, updatedAt: sql`now()`, updatedBy: sql`excluded.updated_by` }
		});
}
