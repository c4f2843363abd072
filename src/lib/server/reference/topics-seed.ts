import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { seedDefaultPages } from '../content/default-pages';
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

/** Topic names on the public pages in Turkish, Arabic and Ukrainian. */
export const TOPIC_TRANSLATIONS: Record<string, Record<'tr' | 'ar' | 'uk', string>> = {
	'fair-procurement': { tr: "Adil satın alma ve adil ticaret", ar: "المشتريات العادلة والتجارة العادلة", uk: "Справедливі закупівлі та справедлива торгівля" },
	'development-education': { tr: "Kalkınma politikası eğitimi ve bilgilendirme", ar: "التثقيف والتوعية في مجال السياسة التنموية", uk: "Освіта та інформування з питань політики розвитку" },
	'agenda-2030': { tr: "Gündem 2030 ve yerel sürdürülebilirlik stratejisi", ar: "أجندة 2030 والاستراتيجية المحلية للاستدامة", uk: "Порядок денний 2030 і місцева стратегія сталого розвитку" },
	'refugee-participation': { tr: "Mültecilerin katılımı", ar: "مشاركة اللاجئين", uk: "Участь біженців" },
	'global-south-partnerships': { tr: "Küresel Güney ile belediye ortaklıkları", ar: "الشراكات البلدية مع بلدان الجنوب العالمي", uk: "Муніципальні партнерства з Глобальним Півднем" },
	'civic-engagement': { tr: "Gönüllü sivil katılım", ar: "المشاركة المدنية التطوعية", uk: "Громадська активність" },
	'cooperation-structures': { tr: "Dernekler ve girişimlerle işbirliği yapıları", ar: "هياكل التعاون مع الجمعيات والمبادرات", uk: "Структури співпраці з об’єднаннями та ініціативами" },
	'festivals-events': { tr: "Şenlikler ve etkinlikler", ar: "المهرجانات والفعاليات", uk: "Свята та заходи" },
	'awareness-raising': { tr: "Farkındalık yaratma", ar: "التوعية", uk: "Підвищення обізнаності" },
	'intercultural-administration': { tr: "Yönetimin kültürlerarası açılımı", ar: "الانفتاح الثقافي للإدارة", uk: "Міжкультурне відкриття адміністрації" }
};

/** Reference data every installation needs, demo or not. Idempotent: existing topics are left as edited. */
export async function seedReferenceData(db: Db): Promise<void> {
	await db
		.insert(topic)
		.values(
			INITIAL_TOPICS.map(([slug, nameDe, nameEn], i) => ({ slug, nameDe, nameEn, nameTranslations: TOPIC_TRANSLATIONS[slug], sortOrder: (i + 1) * 10 }))
		)
		// Installations from before the translations get them once; names edited since are left alone.
		.onConflictDoUpdate({
			target: topic.slug,
			set: { nameTranslations: sql`excluded.name_translations` },
			where: sql`${topic.nameTranslations} = '{}'::jsonb`
		});
	await seedDefaultPages(db);
}
