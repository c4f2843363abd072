import { randomBytes } from 'node:crypto';
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../db/client';
import { caseStory, event, eventRegistration, organisation, topic, user } from '../db/schema';
import type { ContentTranslations } from '../db/schema/content-translations';
import type { EventField, EventStatus } from '../db/schema/events';
import { berlinToInstant, toBerlinInput } from '../sessions/session-time';
import { eventSlug } from '../events/slug';

const DAY = 86_400_000;

/** A Berlin wall-clock time `days` from now, so that the demo stays current whenever it is started. */
function at(days: number, time: string, now: Date): Date {
	const { date } = toBerlinInput(new Date(now.getTime() + days * DAY));
	const r = berlinToInstant(date, time);
	if (!r.ok) throw new Error(`demo event time ${date} ${time}: ${r.problem}`);
	return r.instant;
}

interface DemoEvent {
	title: string;
	description: string;
	days: number;
	start: string;
	end: string;
	place: string;
	onlineUrl?: string;
	ags: string | null;
	topics: string[];
	organisations: string[];
	capacity: number | null;
	status: EventStatus;
	creator: string;
	caseStoryTitle?: string;
	translations: ContentTranslations<EventField>;
	registrations?: { confirmed: number; waitlisted: number };
}

const EVENTS: DemoEvent[] = [
	{
		title: 'Interkulturelles Stadtfest Bielefeld',
		description:
			'Zum dritten Mal feiern Bielefelderinnen und Bielefelder aus über 40 Herkunftsländern gemeinsam im Ravensberger Park.\n\n- Bühnenprogramm mit Musik und Tanz aus Westafrika, der Türkei, Syrien und der Ukraine\n- **Fairer Markt** mit Ständen migrantischer Vereine und des Weltladens\n- Mitmach-Stationen zu den 17 Zielen für nachhaltige Entwicklung\n\nDer Eintritt ist frei. Vereine, die einen Stand anbieten möchten, melden sich bitte beim Integrationsbüro der Stadt Bielefeld.',
		days: 24,
		start: '12:00',
		end: '20:00',
		place: 'Ravensberger Park, Heeper Straße, 33607 Bielefeld',
		ags: '05711000',
		topics: ['festivals-events', 'fair-procurement'],
		organisations: ['Afrika-Kulturforum Bielefeld e. V.'],
		capacity: null,
		status: 'published',
		creator: 'kommune@demo.miglobe.de',
		translations: {
			en: {
				title: 'Intercultural street festival Bielefeld',
				description: 'For the third time, people from more than 40 countries of origin celebrate together in Ravensberger Park.\n\n- Music and dance from West Africa, Turkey, Syria and Ukraine\n- **Fair market** with stalls of migrant associations and the world shop\n- Hands-on stations on the 17 Sustainable Development Goals\n\nAdmission is free.'
			},
			tr: {
				title: 'Bielefeld Kültürlerarası Şehir Festivali',
				description: 'Kırktan fazla ülkeden gelen Bielefeldliler üçüncü kez Ravensberger Park’ta birlikte kutluyor.\n\n- Batı Afrika, Türkiye, Suriye ve Ukrayna’dan müzik ve dans\n- Göçmen derneklerin stantlarıyla **Adil Pazar**\n\nGiriş ücretsizdir.'
			}
		}
	},
	{
		title: 'SDG-Werkstatt mit Diaspora-Organisationen',
		description:
			'Wie kann Köln die Agenda 2030 gemeinsam mit migrantischen Organisationen umsetzen? In der Werkstatt arbeiten Vereine, Verwaltung und Politik an drei Fragen:\n\n1. Welche Ziele der Kölner Nachhaltigkeitsstrategie betreffen Ihre Community besonders?\n2. Wo engagieren sich Diaspora-Organisationen schon heute – oft unsichtbar?\n3. Welche Beteiligungsformate wünschen Sie sich?\n\nMit Imbiss und Kinderbetreuung. Die Werkstatt wird auf Deutsch moderiert; Flüsterübersetzung ins Türkische und Arabische ist möglich.',
		days: 10,
		start: '17:00',
		end: '20:30',
		place: 'Bürgerzentrum Ehrenfeld, Venloer Straße 429, 50825 Köln',
		ags: '05315000',
		topics: ['agenda-2030', 'cooperation-structures'],
		organisations: ['Türkisch-Deutscher Elternverein Köln-Mülheim', 'Ukrainischer Kulturverein Köln', 'Kurdisches Kulturzentrum Köln'],
		capacity: 20,
		status: 'published',
		creator: 'koordination@demo.miglobe.de',
		registrations: { confirmed: 20, waitlisted: 1 },
		translations: {
			en: {
				title: 'SDG workshop with diaspora organisations',
				description: 'How can Cologne implement the 2030 Agenda together with migrant organisations? Associations, administration and politics work on three questions. Snacks and childcare provided.',
				place: 'Bürgerzentrum Ehrenfeld, Venloer Straße 429, 50825 Cologne'
			},
			ar: {
				title: 'ورشة أهداف التنمية المستدامة مع منظمات المهجر',
				description: 'كيف يمكن لمدينة كولونيا تنفيذ خطة 2030 بالتعاون مع منظمات المهاجرين؟ تعمل الجمعيات والإدارة والسياسة معاً على ثلاثة أسئلة. تتوفر وجبات خفيفة ورعاية للأطفال.'
			}
		}
	},
	{
		title: 'Fachtag Faire Beschaffung',
		description:
			'Online-Fachtag für Beschaffungsstellen, Eine-Welt-Beauftragte und Vereine aus ganz NRW.\n\n- Rechtssichere Kriterien für fair gehandelte Lebensmittel und Arbeitskleidung\n- Praxisbeispiel Gelsenkirchen: Kaffee aus der Rösterei im Quartier\n- Wie migrantische Unternehmen Lieferanten der Kommune werden\n\nDen Zugangslink erhalten Sie mit Ihrer Anmeldebestätigung.',
		days: 35,
		start: '09:30',
		end: '13:00',
		place: '',
		onlineUrl: 'https://konferenz.example.org/fachtag-faire-beschaffung',
		ags: null,
		topics: ['fair-procurement'],
		organisations: ['Weltladen Münster am Dom'],
		capacity: 60,
		status: 'published',
		creator: 'koordination@demo.miglobe.de',
		registrations: { confirmed: 57, waitlisted: 0 },
		translations: { en: { title: 'Conference on fair procurement', description: 'Online conference for procurement offices, One World officers and associations from all over North Rhine-Westphalia. You receive the access link with your confirmation.' } }
	},
	{
		title: 'Interkulturelle Lesenacht Münster',
		description: 'Autorinnen und Autoren aus der Diaspora lesen in ihren Herkunftssprachen und auf Deutsch.',
		days: 15,
		start: '19:00',
		end: '22:00',
		place: 'Stadtbücherei Münster, Alter Steinweg 11, 48143 Münster',
		ags: '05515000',
		topics: ['development-education'],
		organisations: ['Weltladen Münster am Dom'],
		capacity: 40,
		status: 'cancelled',
		creator: 'koordination@demo.miglobe.de',
		translations: { en: { title: 'Intercultural reading night Münster' } }
	},
	{
		title: 'SDG-Workshop mit Diaspora-Organisationen in Dortmund',
		description: 'Zwölf Diaspora-Organisationen haben an einem Samstag die Ziele der Dortmunder Nachhaltigkeitsstrategie geprüft – und drei neue Maßnahmen vorgeschlagen.',
		days: -200,
		start: '10:00',
		end: '16:00',
		place: 'Dietrich-Keuning-Haus, Leopoldstraße 50, 44147 Dortmund',
		ags: '05913000',
		topics: ['agenda-2030', 'development-education'],
		organisations: ['Vietnamesischer Kultur- und Sportverein Dortmund', 'Ghanaische Union Dortmund'],
		capacity: 30,
		status: 'published',
		creator: 'koordination@demo.miglobe.de',
		caseStoryTitle: 'Dortmund: SDG-Workshop%',
		translations: { en: { title: 'SDG workshop with diaspora organisations in Dortmund', description: 'Twelve diaspora organisations reviewed the goals of Dortmund’s sustainability strategy on a Saturday – and proposed three new measures.' } }
	},
	{
		title: 'Fairer Markt Köln',
		description: 'Migrantische Händlerinnen, Händler und Vereine präsentierten fair gehandelte Produkte auf dem Heumarkt.',
		days: -70,
		start: '11:00',
		end: '18:00',
		place: 'Heumarkt, 50667 Köln',
		ags: '05315000',
		topics: ['fair-procurement'],
		organisations: ['Kurdisches Kulturzentrum Köln'],
		capacity: null,
		status: 'published',
		creator: 'koordination@demo.miglobe.de',
		caseStoryTitle: 'Köln: Fairtrade%',
		translations: {}
	}
];

const FIRST = ['Ayşe', 'Mehmet', 'Olena', 'Kwame', 'Lena', 'Samir', 'Nguyen', 'Fatma', 'Jonas', 'Amara', 'Dilan', 'Petra', 'Yusuf', 'Iryna', 'Tobias'];
const LAST = ['Yılmaz', 'Demir', 'Kowalenko', 'Mensah', 'Schneider', 'Haddad', 'Thi Lan', 'Kaya', 'Becker', 'Diallo', 'Aydın', 'Wagner', 'Özdemir', 'Bondarenko', 'Krüger'];

/** Demo events: upcoming, full with a waiting list, online, cancelled and two in the archive linked to case stories. */
export async function seedDemoEvents(db: Db, now = new Date()): Promise<void> {
	const people = await db.select({ id: user.id, email: user.email }).from(user);
	const idOf = (email: string) => people.find((p) => p.email === email)?.id ?? null;
	const orgs = await db.select({ id: organisation.id, name: organisation.name }).from(organisation).where(eq(organisation.status, 'published'));
	const topics = new Set((await db.select({ slug: topic.slug }).from(topic)).map((r) => r.slug));
	let n = 0;
	for (const d of EVENTS) {
		const startsAt = at(d.days, d.start, now);
		const story = d.caseStoryTitle
			? (await db.select({ id: caseStory.id }).from(caseStory).where(and(like(caseStory.title, d.caseStoryTitle), eq(caseStory.status, 'published'))).limit(1))[0]
			: undefined;
		const organisationIds = orgs.filter((o) => d.organisations.includes(o.name)).map((o) => o.id);
		const [row] = await db
			.insert(event)
			.values({
				slug: eventSlug(d.title, Number(toBerlinInput(startsAt).date.slice(0, 4))),
				title: d.title,
				description: d.description,
				startsAt,
				endsAt: at(d.days, d.end, now),
				place: d.place,
				onlineUrl: d.onlineUrl ?? null,
				municipalityAgs: d.ags,
				topics: d.topics.filter((t) => topics.has(t)),
				organisationIds,
				capacity: d.capacity,
				caseStoryId: story?.id ?? null,
				translations: d.translations,
				status: d.status,
				createdBy: idOf(d.creator),
				createdAt: new Date(now.getTime() - 30 * DAY),
				updatedAt: new Date(now.getTime() - 2 * DAY)
			})
			.onConflictDoNothing({ target: event.slug })
			.returning({ id: event.id });
		if (!row || !d.registrations) continue;
		const rows = [];
		for (const [status, count] of [['confirmed', d.registrations.confirmed], ['waitlisted', d.registrations.waitlisted]] as const) {
			for (let i = 0; i < count; i++, n++) {
				const first = FIRST[n % FIRST.length];
				const last = LAST[(n * 7) % LAST.length];
				rows.push({
					eventId: row.id,
					name: `${first} ${last}`,
					email: `${first}.${last}.${n}@example.org`.toLowerCase().normalize('NFKD').replace(/[^a-z0-9.@]/g, ''),
					locale: n % 5 === 0 ? 'tr' : 'de',
					status,
					cancelTokenHash: randomBytes(32).toString('hex'),
					createdAt: new Date(now.getTime() - 20 * DAY + n * 3_600_000)
				});
			}
		}
		if (rows.length) await db.insert(eventRegistration).values(rows);
	}
}
