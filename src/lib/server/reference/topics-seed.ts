import type { Db } from '../db/client';
import { topic } from '../db/schema';

/** The Themenfelder of DESIGN §5. Coordinators may rename, reorder or deactivate them later. */
export const INITIAL_TOPICS = [
	['fair-procurement', 'Faire Beschaffung und fairer Handel', 'Fair procurement and fair trade'],
	['development-education', 'Entwicklungspolitische Bildungs- und Informationsarbeit', 'Development education and information'],
	['agenda-2030', 'Agenda 2030 und lokale Nachhaltigkeitsstrategie', 'Agenda 2030 and local sustainability strategy'],
	['refugee-participation', 'Teilhabe von Geflüchteten', 'Participation of refugees'],
	['global-south-partnerships', 'Kommunale Partnerschaften mit dem Globalen Süden', 'Municipal partnerships with the Global South'],
	['civic-engagement', 'Bürgerschaftliches Engagement', 'Civic engagement'],
	['cooperation-structures', 'Kooperationsstrukturen mit Vereinen und Initiativen', 'Cooperation structures with associations and initiatives'],
	['festivals-events', 'Feste und Veranstaltungen', 'Festivals and events'],
	['awareness-raising', 'Sensibilisierung', 'Awareness raising'],
	['intercultural-administration', 'Interkulturelle Öffnung der Verwaltung', 'Intercultural opening of the administration']
] as const;

/** Reference data every installation needs, demo or not. Idempotent: existing topics are left as edited. */
export async function seedReferenceData(db: Db): Promise<void> {
	await db
		.insert(topic)
		.values(INITIAL_TOPICS.map(([slug, nameDe, nameEn], i) => ({ slug, nameDe, nameEn, sortOrder: (i + 1) * 10 })))
		.onConflictDoNothing();
}
