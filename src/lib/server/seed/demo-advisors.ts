import { randomBytes, randomUUID } from 'node:crypto';
import { addDays } from 'date-fns';
import { eq, inArray } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '../db/client';
import { advisorBlockedPeriod, advisorProfile, consentRecord, municipality, topic, user, userRole, type LanguageLevel } from '../db/schema';
import { BACKGROUND_CONSENT, CONSENT_SUBJECT, CONSENT_WAY, TEAM_PAGE_CONSENT } from '../advisors/consents';
import { createFileStorage } from '../files/create-file-storage';

type Levels = Record<string, 1 | 2 | 3>;

interface DemoAdvisor {
	email: string;
	/** Only for accounts created here; the demo advisor of DEMO_ACCOUNTS exists already. */
	name?: string;
	bio: string;
	/** Written by the advisor with consent (DESIGN §8); only a few demo advisors have one. */
	background?: string;
	languages: [string, LanguageLevel][];
	topics: Levels;
	sdgs: Levels;
	formats: string[];
	base: string;
	regions?: string[];
	districts?: string[];
	radius?: number;
	hours: number;
	active?: boolean;
	team?: boolean;
	/** [days from today, length in days, note] */
	blocked?: [number, number, string][];
	colour: string;
}

const ADVISORS: DemoAdvisor[] = [
	{
		email: 'beratung@demo.miglobe.de',
		bio: 'Ich berate Kommunen in Ostwestfalen-Lippe zu fairer Beschaffung und kommunalen Partnerschaften mit Westafrika. Zuvor habe ich zehn Jahre einen Weltladen in Bielefeld geleitet.',
		background: 'Ich bin in Kumasi (Ghana) aufgewachsen und lebe seit 2004 in Bielefeld. Ich bin im ghanaischen Diasporaverein aktiv und kenne viele Vereine afrikanischer Communities in OWL.',
		languages: [['tw', 'native'], ['en', 'fluent'], ['de', 'fluent']],
		topics: { 'fair-procurement': 3, 'global-south-partnerships': 3, 'agenda-2030': 2 },
		sdgs: { '12': 3, '17': 2, '8': 2 },
		formats: ['dialogforum', 'workshop', 'fachtag'],
		base: '05711000',
		regions: ['057'],
		radius: 120,
		hours: 12,
		team: true,
		blocked: [[45, 14, 'Urlaub']],
		colour: '#20639b'
	},
	{
		email: 'aylin.demir@demo.miglobe.de',
		name: 'Aylin Demir',
		bio: 'Politikwissenschaftlerin aus Köln. Ich unterstütze Verwaltungen dabei, sich für migrantische Vereine zu öffnen, und moderiere Dialogforen zweisprachig.',
		languages: [['tr', 'native'], ['de', 'native'], ['en', 'good']],
		topics: { 'intercultural-administration': 3, 'civic-engagement': 2, 'cooperation-structures': 2 },
		sdgs: { '10': 3, '16': 2 },
		formats: ['dialogforum', 'workshop', 'online'],
		base: '05315000',
		regions: ['053'],
		radius: 60,
		hours: 10,
		team: true,
		colour: '#3caea3'
	},
	{
		email: 'yonas.tesfay@demo.miglobe.de',
		name: 'Yonas Tesfay',
		bio: 'Sozialarbeiter und Mitgründer eines Vereins für Geflüchtete im Münsterland. Schwerpunkt: Teilhabe von Geflüchteten an kommunalen Beteiligungsprozessen.',
		background: 'Ich bin 2014 aus Eritrea nach Deutschland gekommen und kenne die eritreische und äthiopische Community in NRW gut.',
		languages: [['ti', 'native'], ['am', 'fluent'], ['de', 'fluent'], ['en', 'good']],
		topics: { 'refugee-participation': 3, 'cooperation-structures': 2 },
		sdgs: { '10': 3, '4': 2 },
		formats: ['dialogforum', 'networking'],
		base: '05515000',
		regions: ['055'],
		radius: 80,
		hours: 8,
		team: true,
		blocked: [[10, 5, 'Fortbildung']],
		colour: '#ed553b'
	},
	{
		email: 'narges.rahimi@demo.miglobe.de',
		name: 'Dr. Narges Rahimi',
		bio: 'Referentin für entwicklungspolitische Bildungsarbeit in Bonn. Ich begleite Kommunen bei lokalen Nachhaltigkeitsstrategien und der Agenda 2030.',
		languages: [['fa', 'native'], ['de', 'fluent'], ['en', 'fluent']],
		topics: { 'development-education': 3, 'agenda-2030': 3, 'awareness-raising': 2 },
		sdgs: { '4': 3, '11': 2, '13': 2, '17': 1 },
		formats: ['workshop', 'fachtag', 'online'],
		base: '05314000',
		regions: ['053'],
		districts: ['05358'],
		hours: 6,
		team: true,
		colour: '#6a4c93'
	},
	{
		email: 'olga.schmidt@demo.miglobe.de',
		name: 'Olga Schmidt',
		bio: 'Kulturmanagerin aus Dortmund. Ich organisiere interkulturelle Feste und bringe Vereine und Verwaltung bei Veranstaltungen zusammen.',
		languages: [['ru', 'native'], ['de', 'native'], ['uk', 'good']],
		topics: { 'festivals-events': 3, 'civic-engagement': 2 },
		sdgs: { '11': 2, '16': 1 },
		formats: ['festival', 'networking'],
		base: '05913000',
		regions: ['059'],
		radius: 50,
		hours: 15,
		colour: '#f6a33c'
	},
	{
		email: 'jean-pierre.mbala@demo.miglobe.de',
		name: 'Jean-Pierre Mbala',
		bio: 'Ingenieur und langjährig in der Städtepartnerschaftsarbeit mit Zentralafrika engagiert. Ich berate zu Partnerschaften und fairem Handel.',
		languages: [['fr', 'native'], ['ln', 'native'], ['de', 'fluent']],
		topics: { 'global-south-partnerships': 3, 'fair-procurement': 2 },
		sdgs: { '17': 3, '12': 2, '6': 1 },
		formats: ['dialogforum', 'fachtag'],
		base: '05111000',
		regions: ['051'],
		radius: 70,
		hours: 10,
		team: true,
		colour: '#1b998b'
	},
	{
		email: 'grace.kamau@demo.miglobe.de',
		name: 'Grace Wanjiru Kamau',
		bio: 'Bildungsreferentin zu globalem Lernen und Rassismuskritik. Ich biete Sensibilisierungs-Workshops für Verwaltungsteams an.',
		languages: [['sw', 'native'], ['en', 'fluent'], ['de', 'good']],
		topics: { 'awareness-raising': 3, 'development-education': 2 },
		sdgs: { '4': 3, '5': 2, '10': 2 },
		formats: ['workshop', 'online'],
		base: '05113000',
		regions: ['051'],
		hours: 4,
		active: false,
		colour: '#c44536'
	},
	{
		email: 'ana.ferreira@demo.miglobe.de',
		name: 'Ana Paula Ferreira',
		bio: 'Netzwerkerin im Ruhrgebiet. Ich helfe Kommunen, feste Kooperationsstrukturen mit Vereinen und Initiativen aufzubauen.',
		languages: [['pt', 'native'], ['es', 'fluent'], ['de', 'fluent']],
		topics: { 'cooperation-structures': 3, 'festivals-events': 2, 'civic-engagement': 2 },
		sdgs: { '17': 2, '11': 2 },
		formats: ['networking', 'festival', 'dialogforum'],
		base: '05513000',
		regions: ['055', '051'],
		radius: 40,
		hours: 12,
		team: true,
		blocked: [[90, 21, 'Elternzeit']],
		colour: '#2e86ab'
	},
	{
		email: 'katarzyna.nowak@demo.miglobe.de',
		name: 'Katarzyna Nowak',
		bio: 'Verwaltungswirtin aus Paderborn mit Erfahrung in Integrationsräten. Ich berate zu interkultureller Öffnung und kommunaler Nachhaltigkeit.',
		languages: [['pl', 'native'], ['de', 'native'], ['en', 'basic']],
		topics: { 'intercultural-administration': 2, 'agenda-2030': 2 },
		sdgs: { '16': 2, '11': 1 },
		formats: ['workshop', 'dialogforum'],
		base: '05774032',
		districts: ['05774', '05754', '05766'],
		hours: 6,
		colour: '#8f2d56'
	},
	{
		email: 'mohamed.elamrani@demo.miglobe.de',
		name: 'Mohamed El Amrani',
		bio: 'Vorstand eines Dachverbands migrantischer Organisationen im Bergischen Land. Ich berate zu Beteiligung, Ehrenamt und der Einbindung von Geflüchteten.',
		background: 'Meine Eltern kamen in den 1970er-Jahren aus Marokko nach Wuppertal. Ich engagiere mich seit vielen Jahren in marokkanischen und arabischsprachigen Vereinen.',
		languages: [['ar', 'native'], ['fr', 'fluent'], ['de', 'native']],
		topics: { 'refugee-participation': 3, 'civic-engagement': 3, 'cooperation-structures': 2 },
		sdgs: { '10': 3, '16': 2 },
		formats: ['dialogforum', 'networking', 'workshop'],
		base: '05124000',
		regions: ['051'],
		radius: 50,
		hours: 8,
		team: true,
		colour: '#218380'
	},
	{
		email: 'hueseyin.kaya@demo.miglobe.de',
		name: 'Hüseyin Kaya',
		bio: 'Gewerkschaftssekretär im Ruhestand. Ich berate zu fairer Beschaffung und zu Kooperationen mit Vereinen in Südwestfalen.',
		languages: [['tr', 'native'], ['ku', 'good'], ['de', 'native']],
		topics: { 'fair-procurement': 2, 'cooperation-structures': 2 },
		sdgs: { '8': 3, '12': 2 },
		formats: ['dialogforum', 'fachtag'],
		base: '05970040',
		regions: ['059'],
		radius: 60,
		hours: 0,
		active: false,
		colour: '#5f0f40'
	},
	{
		email: 'amina.diallo@demo.miglobe.de',
		name: 'Amina Diallo',
		bio: 'Projektleiterin in der entwicklungspolitischen Bildungsarbeit in der Städteregion Aachen, mit Erfahrung in Partnerschaften mit Senegal und Guinea.',
		languages: [['fr', 'native'], ['ff', 'native'], ['wo', 'good'], ['de', 'fluent']],
		topics: { 'awareness-raising': 2, 'global-south-partnerships': 2, 'development-education': 2 },
		sdgs: { '4': 2, '17': 2, '2': 1 },
		formats: ['workshop', 'dialogforum', 'online'],
		base: '05334002',
		regions: ['053'],
		radius: 90,
		hours: 10,
		blocked: [[20, 10, 'Dienstreise'], [120, 14, 'Urlaub']],
		colour: '#e36414'
	},
	{
		email: 'leyla.haddad@demo.miglobe.de',
		name: 'Leyla Haddad',
		bio: 'Moderatorin und Mediatorin im Münsterland. Ich gestalte Dialogforen, in denen Vereine und Verwaltung gemeinsam Maßnahmen planen.',
		languages: [['ar', 'native'], ['en', 'fluent'], ['de', 'fluent']],
		topics: { 'development-education': 2, 'intercultural-administration': 1 },
		sdgs: { '16': 2, '4': 1 },
		formats: ['dialogforum', 'online'],
		base: '05566076',
		districts: ['05566'],
		radius: 50,
		hours: 5,
		colour: '#0f4c5c'
	}
];

/** A head-and-shoulders silhouette on a coloured disc, drawn without text so that no font is needed. */
function avatar(colour: string): Promise<Buffer> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320"><rect width="320" height="320" fill="${colour}"/><circle cx="160" cy="128" r="62" fill="#ffffff" fill-opacity="0.9"/><ellipse cx="160" cy="320" rx="118" ry="112" fill="#ffffff" fill-opacity="0.9"/></svg>`;
	return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

/** The pool accounts the demo seed creates besides the demo accounts (no password: nobody logs in with them). */
export const DEMO_POOL_EMAILS: readonly string[] = ADVISORS.filter((a) => a.name).map((a) => a.email);

/**
 * Demo advisors of the pool with their profiles: the demo account beratung@demo.miglobe.de (Samuel Mensah) and
 * twelve more accounts without password across the five government regions, with varied languages, topics,
 * areas and capacities; two are inactive, several appear on the team page, a few have blocked periods, and three
 * wrote a background text with consent. Photos only with a data directory. Idempotent: an existing profile is
 * left alone, municipalities and topics that do not exist are skipped.
 */
export async function seedDemoAdvisors(db: Db, dataDir?: string): Promise<void> {
	const bases = new Set((await db.select({ ags: municipality.ags }).from(municipality).where(inArray(municipality.ags, ADVISORS.map((a) => a.base)))).map((r) => r.ags));
	const topics = new Set((await db.select({ slug: topic.slug }).from(topic)).map((r) => r.slug));
	const storage = dataDir ? createFileStorage({ dataDir }) : null;
	const isoDay = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(addDays(new Date(), offset));
	for (const a of ADVISORS) {
		const created = await db.transaction(async (tx) => {
			let [account] = await tx.select({ id: user.id }).from(user).where(eq(user.email, a.email));
			if (!account) {
				if (!a.name) return null; // the demo account itself is missing: nothing to attach the profile to
				account = { id: randomUUID() };
				await tx.insert(user).values({ id: account.id, name: a.name, email: a.email, emailVerified: false });
				await tx.insert(userRole).values({ userId: account.id, role: 'advisor' });
			}
			const consentAt = new Date(Date.now() - 30 * 86_400_000);
			const inserted = await tx
				.insert(advisorProfile)
				.values({
					userId: account.id,
					bio: a.bio,
					background: a.background ?? '',
					backgroundConsentAt: a.background ? consentAt : null,
					languages: a.languages.map(([code, level]) => ({ code, level })),
					topicLevels: Object.fromEntries(Object.entries(a.topics).filter(([slug]) => topics.has(slug))),
					sdgLevels: a.sdgs,
					formats: a.formats,
					baseMunicipalityAgs: bases.has(a.base) ? a.base : null,
					servedRegions: a.regions ?? [],
					servedDistricts: a.districts ?? [],
					travelRadiusKm: bases.has(a.base) ? (a.radius ?? null) : null,
					weeklyCapacityHours: a.hours,
					active: a.active ?? true,
					publicTeam: a.team ?? false,
					version: 1
				})
				.onConflictDoNothing()
				.returning({ userId: advisorProfile.userId });
			if (inserted.length === 0) return null;
			const consents = [...(a.background ? [BACKGROUND_CONSENT] : []), ...(a.team ? [TEAM_PAGE_CONSENT] : [])];
			if (consents.length) {
				await tx.insert(consentRecord).values(consents.map((c) => ({ ...c, subjectType: CONSENT_SUBJECT, subjectId: account.id, granted: true, way: CONSENT_WAY, at: consentAt })));
			}
			if (a.blocked?.length) {
				await tx.insert(advisorBlockedPeriod).values(a.blocked.map(([from, length, note]) => ({ userId: account.id, startsOn: isoDay(from), endsOn: isoDay(from + length - 1), note })));
			}
			return account.id;
		});
		if (created && storage) {
			const key = `advisors/${created}/${randomBytes(16).toString('hex')}`;
			await storage.put(key, await avatar(a.colour));
			await db.update(advisorProfile).set({ photoKey: key, photoMediaType: 'image/png' }).where(eq(advisorProfile.userId, created));
		}
	}
}
