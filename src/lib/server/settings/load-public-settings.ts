import { runtime } from '../runtime';
import { getSettings } from './settings-store';

/** For the public pages that show operator data (Kontakt, Impressum, Datenschutz, Barrierefreiheit). */
export async function loadPublicSettings() {
	const { database } = await runtime();
	return getSettings(database.db);
}
