import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { municipality, organisation } from '../db/schema';

type DemoOrganisation = Omit<typeof organisation.$inferInsert, 'id' | 'search'>;

/*
 * Fictional directory entries for demo installations: realistic in kind and topic, invented in name and person.
 * Municipalities are referenced by AGS from the demo municipality set (seed/demo-municipalities.ts).
 * Contact addresses use the reserved example domain, so no real mailbox is ever written to.
 */
const base = { status: 'published', verified: true } as const;

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
	{
		...base,
		name: 'Afrika-Kulturforum Bielefeld e. V.',
		kind: 'migrant_organisation',
		description: 'Wir bringen afrikanische Kulturen nach Ostwestfalen: Trommelworkshops, Lesungen und jedes Jahr das Afrika-Fest im Ravensberger Park. Dazu Bildungsarbeit an Schulen zu fairem Handel und globaler Gerechtigkeit.',
		languages: ['de', 'fr', 'en', 'sw'],
		communities: ['CM', 'GH', 'KE', 'SN'],
		topics: ['festivals-events', 'development-education', 'awareness-raising'],
		sdgs: [4, 10, 17],
		municipalityAgs: '05711000',
		website: 'https://afrika-kulturforum.example.org',
		contactName: 'Grace Mensah',
		contactEmail: 'kontakt@afrika-kulturforum.example.org',
		address: 'Beispielstraße 12\n33602 Bielefeld',
		foundedYear: 2004,
		sizeClass: '50_to_249',
		publishContact: true,
		publishAddress: true,
		contactable: true
	},
	{
		...base,
		name: 'Türkisch-Deutscher Elternverein Köln-Mülheim',
		kind: 'association',
		description: 'Elternarbeit, Hausaufgabenhilfe und Beratung für Familien in Mülheim. Wir begleiten Eltern bei Schulfragen und organisieren Begegnungen zwischen Nachbarschaft und Stadtverwaltung.',
		languages: ['de', 'tr'],
		communities: ['TR'],
		topics: ['civic-engagement', 'intercultural-administration'],
		sdgs: [4, 10],
		municipalityAgs: '05315000',
		contactName: 'Ayşe Yıldırım',
		contactEmail: 'vorstand@elternverein-muelheim.example.org',
		foundedYear: 1998,
		sizeClass: '10_to_49',
		publishContact: true,
		contactable: true
	},
	{
		...base,
		name: 'Ukrainischer Kulturverein Köln',
		kind: 'migrant_organisation',
		description: 'Kultur, Sprache und Beratung für Menschen aus der Ukraine. Wir vermitteln zwischen Geflüchteten, Ehrenamtlichen und der Stadt und feiern gemeinsam ukrainische Feste.',
		languages: ['uk', 'ru', 'de'],
		communities: ['UA'],
		topics: ['refugee-participation', 'festivals-events', 'civic-engagement'],
		sdgs: [10, 16],
		municipalityAgs: '05315000',
		website: 'https://ukraine-kultur-koeln.example.org',
		contactName: 'Olena Kowalenko',
		contactEmail: 'info@ukraine-kultur-koeln.example.org',
		foundedYear: 2015,
		sizeClass: '50_to_249',
		publishContact: true,
		contactable: true
	},
	{
		...base,
		name: 'Weltladen Münster am Dom',
		kind: 'world_shop',
		description: 'Fair gehandelte Waren, Bildungsangebote für Schulklassen und Kampagnen zur fairen Beschaffung in der Stadtverwaltung. Getragen von rund 40 Ehrenamtlichen.',
		languages: ['de', 'en', 'es'],
		communities: [],
		topics: ['fair-procurement', 'development-education', 'agenda-2030'],
		sdgs: [8, 12, 17],
		municipalityAgs: '05515000',
		website: 'https://weltladen-muenster.example.org',
		contactName: 'Martin Holtkamp',
		contactEmail: 'laden@weltladen-muenster.example.org',
		address: 'Domplatz-Beispiel 3\n48143 Münster',
		foundedYear: 1985,
		sizeClass: '10_to_49',
		publishContact: true,
		publishAddress: true,
		contactable: true
	},
	{
		...base,
		name: 'Eine-Welt-Gruppe Düren',
		kind: 'one_world_group',
		description: 'Seit über dreißig Jahren engagiert für Partnerschaften mit dem Globalen Süden, besonders mit einer Gemeinde in Ghana. Wir beraten die Stadt zur lokalen Nachhaltigkeitsstrategie.',
		languages: ['de', 'en'],
		communities: ['GH'],
		topics: ['global-south-partnerships', 'agenda-2030'],
		sdgs: [11, 13, 17],
		municipalityAgs: '05358008',
		contactName: 'Ursula Brandt',
		contactEmail: 'einewelt-dueren@example.org',
		foundedYear: 1989,
		sizeClass: 'under_10',
		contactable: true
	},
	{
		...base,
		name: 'Syrisch-Deutsche Brücke Gütersloh',
		kind: 'initiative',
		description: 'Geflüchtete aus Syrien und Alteingesessene gestalten gemeinsam Stadtteilfeste, Sprachcafés und Beratungen. Wir wollen Teilhabe in Vereinen und Verwaltung stärken.',
		languages: ['ar', 'ku', 'de'],
		communities: ['SY', 'IQ'],
		topics: ['refugee-participation', 'festivals-events', 'cooperation-structures'],
		sdgs: [10, 16, 17],
		municipalityAgs: '05754008',
		contactName: 'Rami Haddad',
		contactEmail: 'bruecke-guetersloh@example.org',
		foundedYear: 2016,
		sizeClass: '10_to_49',
		publishContact: true,
		contactable: true
	},
	{
		...base,
		name: 'Vietnamesischer Kultur- und Sportverein Dortmund',
		kind: 'migrant_organisation',
		description: 'Sport, Tết-Fest und Sprachunterricht für Kinder. Wir arbeiten mit Schulen und dem Integrationsrat zusammen.',
		languages: ['vi', 'de'],
		communities: ['VN'],
		topics: ['festivals-events', 'civic-engagement'],
		sdgs: [3, 4],
		municipalityAgs: '05913000',
		contactName: 'Thi Lan Nguyen',
		contactEmail: 'verein@viet-dortmund.example.org',
		foundedYear: 1992,
		sizeClass: '50_to_249',
		publishContact: true,
		contactable: true
	},
	{
		...base,
		name: 'Tamilischer Kulturkreis Essen',
		kind: 'migrant_organisation',
		description: 'Tamilische Sprachschule, Tanz und Musik. Wir informieren über die Lage in Sri Lanka und beteiligen uns am Essener Agenda-2030-Prozess.',
		languages: ['ta', 'de', 'en'],
		communities: ['LK'],
		topics: ['development-education', 'agenda-2030', 'festivals-events'],
		sdgs: [4, 16],
		municipalityAgs: '05113000',
		contactName: 'Suresh Kanagaratnam',
		contactEmail: 'kulturkreis@tamil-essen.example.org',
		foundedYear: 1995,
		sizeClass: '10_to_49',
		contactable: false
	},
	{
		...base,
		name: 'Netzwerk Migrantinnen Düsseldorf',
		kind: 'network',
		description: 'Zusammenschluss von Frauenvereinen aus zwölf Communities. Wir beraten zu Gleichstellung, organisieren Fachtage und sprechen mit Politik und Verwaltung.',
		languages: ['de', 'ar', 'fa', 'tr', 'en'],
		communities: ['AF', 'IR', 'MA', 'TR'],
		topics: ['cooperation-structures', 'intercultural-administration', 'awareness-raising'],
		sdgs: [5, 10, 16],
		municipalityAgs: '05111000',
		website: 'https://migrantinnen-duesseldorf.example.org',
		contactName: 'Leila Rahimi',
		contactEmail: 'netzwerk@migrantinnen-duesseldorf.example.org',
		foundedYear: 2009,
		sizeClass: '250_plus',
		publishContact: true,
		contactable: true
	},
	{
		...base,
		name: 'Lateinamerika-Initiative Bonn',
		kind: 'initiative',
		description: 'Solidarität mit Lateinamerika: Filmabende, Vorträge zu Klimagerechtigkeit und eine Partnerschaft mit Kooperativen in Peru.',
		languages: ['es', 'pt', 'de'],
		communities: ['PE', 'CO', 'BR'],
		topics: ['global-south-partnerships', 'awareness-raising', 'fair-procurement'],
		sdgs: [12, 13, 17],
		municipalityAgs: '05314000',
		contactName: 'Carlos Mendoza',
		contactEmail: 'lateinamerika-bonn@example.org',
		foundedYear: 2001,
		sizeClass: '10_to_49',
		publishContact: true,
		contactable: true
	},
	{
		...base,
		name: 'Polnischer Kulturverein Rheine',
		kind: 'association',
		description: 'Polnische Kultur im Münsterland: Chor, Sprachkurse und das Erntedankfest mit der Nachbarschaft.',
		languages: ['pl', 'de'],
		communities: ['PL'],
		topics: ['festivals-events'],
		sdgs: [11],
		municipalityAgs: '05566076',
		contactName: 'Katarzyna Nowak',
		contactEmail: 'kultur@polen-rheine.example.org',
		foundedYear: 2007,
		sizeClass: 'under_10',
		contactable: true
	},
	{
		...base,
		verified: false,
		name: 'Eritreische Gemeinschaft Siegen',
		kind: 'religious_community',
		description: 'Treffpunkt für Familien aus Eritrea und Äthiopien, Beratung und Übersetzungshilfe bei Behördengängen.',
		languages: ['ti', 'am', 'de'],
		communities: ['ER', 'ET'],
		topics: ['refugee-participation', 'intercultural-administration'],
		sdgs: [1, 10],
		municipalityAgs: '05970040',
		contactName: 'Yonas Tesfay',
		contactEmail: 'gemeinschaft-siegen@example.org',
		foundedYear: 2018,
		sizeClass: '10_to_49',
		contactable: true
	},
	{
		...base,
		name: 'Klimawerkstatt Paderborn',
		kind: 'initiative',
		description: 'Junge Menschen aus vielen Herkunftsländern arbeiten zu Klimaschutz und nachhaltigem Konsum und bringen ihre Perspektiven in die Nachhaltigkeitsstrategie der Stadt ein.',
		languages: ['de', 'en', 'ar'],
		communities: ['SY', 'NG'],
		topics: ['agenda-2030', 'awareness-raising'],
		sdgs: [12, 13],
		municipalityAgs: '05774032',
		contactName: 'Jonas Okafor',
		contactEmail: 'klimawerkstatt-pb@example.org',
		foundedYear: 2020,
		sizeClass: '10_to_49',
		publishContact: true,
		contactable: true
	},
	{
		status: 'pending',
		verified: false,
		name: 'Kurdisches Kulturzentrum Köln',
		kind: 'migrant_organisation',
		description: 'Neu angemeldet: Kulturveranstaltungen, Sprachkurse und Beratung.',
		languages: ['ku', 'tr', 'de'],
		communities: ['TR', 'IQ', 'SY'],
		topics: ['festivals-events'],
		sdgs: [10],
		municipalityAgs: '05315000',
		contactName: 'Dilan Aydin',
		contactEmail: 'kulturzentrum@kurdisch-koeln.example.org',
		contactable: true
	},
	{
		status: 'pending',
		verified: false,
		name: 'Ghanaische Union Dortmund',
		kind: 'association',
		description: 'Neu angemeldet: Verein ghanaischer Familien im Ruhrgebiet.',
		languages: ['ak', 'en', 'de'],
		communities: ['GH'],
		topics: ['civic-engagement'],
		sdgs: [17],
		municipalityAgs: '05913000',
		contactName: 'Kwame Boateng',
		contactEmail: 'union@ghana-dortmund.example.org',
		contactable: true
	}
];

/** Inserts the demo entries whose municipality exists (after the demo municipalities); others are skipped. */
export async function seedDemoOrganisations(db: Db): Promise<number> {
	const agsList = [...new Set(DEMO_ORGANISATIONS.map((o) => o.municipalityAgs))];
	const present = new Set((await db.select({ ags: municipality.ags }).from(municipality).where(inArray(municipality.ags, agsList))).map((r) => r.ags));
	const now = new Date();
	const rows = DEMO_ORGANISATIONS.filter((o) => present.has(o.municipalityAgs)).map((o) => ({
		...o,
		emailConfirmedAt: now,
		lastConfirmedAt: o.status === 'published' ? now : null,
		verifiedAt: o.verified ? now : null
	}));
	if (rows.length) await db.insert(organisation).values(rows);
	return rows.length;
}
