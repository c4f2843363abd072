import { fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { runtime } from '$lib/server/runtime';
import { getSettings, saveSettings } from '$lib/server/settings/settings-store';
import { settingsSchema } from '$lib/server/settings/settings-schema';
import { recordAudit } from '$lib/server/audit/record-audit';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const { database } = await runtime();
	return { settings: await getSettings(database.db) };
};

export const actions: Actions = {
	default: async (event) => {
		const admin = requireRole(event, 'admin');
		const { database } = await runtime();
		const parsed = parseForm(settingsSchema, await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		await database.db.transaction(async (tx) => {
			await saveSettings(tx, parsed.data, admin.id);
			await recordAudit(tx, { actorId: admin.id, action: 'settings.update', targetType: 'settings' });
		});
		return { saved: true };
	}
};
