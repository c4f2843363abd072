import { and, count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '../db/client';
import { caseStory, consultation, measure, user } from '../db/schema';
import type { CaseStoryStatus } from '../db/schema/case-stories';
import { createFileStorage } from '../files/create-file-storage';
import { log } from '../logger';
import { createCaseStory } from '../case-stories/create-case-story';
import { changeCaseStoryStatus } from '../case-stories/change-case-story-status';
import { recordCaseStoryConsent } from '../case-stories/record-case-story-consent';
import { saveCaseStoryTranslation } from '../case-stories/save-case-story-translation';
import { uploadCaseStoryImage } from '../case-stories/upload-case-story-image';

const COORDINATOR = 'koordination@demo.miglobe.de';

interface DemoStory {
	ags: string;
	/** Link to the demo consultation of this municipality in this state (its consent comes from the evaluation). */
	consultationState?: 'completed' | 'evaluation';
	/** Written consent of a consultation before the platform. */
	writtenConsent?: string;
	status: CaseStoryStatus;
	publishedDaysAgo?: number;
	year: number;
	topics: string[];
	sdgs: number[];
	title: string;
	teaser: string;
	body: string;
	quotes: { text: string; attribution: string }[];
	en?: { title: string; teaser: string; body: string };
	tr?: { title: string; teaser: string; body: string };
	image?: { label: string; colour: string; alt: string; altEn: string; caption: string };
}

const STORIES: DemoStory[] = [
	{
		ags: '05515000', consultationState: 'completed', status: 'published', publishedDaysAgo: 20, year: 2026, topics: ['intercultural-administration'], sdgs: [10, 16],
		title: 'Münster: Bürgerämter öffnen sich interkulturell',
		teaser: 'Mit dem Integrationsrat und zwei migrantischen Vereinen hat die Stadt Münster einen Leitfaden für ihre Bürgerämter erarbeitet und 58 Beschäftigte fortgebildet.',
		body: '## Ausgangslage\n\nIn den Bürgerämtern fühlten sich viele Menschen mit Einwanderungsgeschichte nicht gut beraten. Die Verwaltung wollte das ändern – aber nicht über die Köpfe der Betroffenen hinweg.\n\n## Vorgehen\n\nIm Dialogforum saßen Beschäftigte der Bürgerämter, der Integrationsrat und Vertreterinnen zweier Vereine an einem Tisch. Gemeinsam haben sie typische Situationen gesammelt und Lösungen entwickelt:\n\n- mehrsprachige Hinweise und Formulare in einfacher Sprache,\n- feste Ansprechpersonen für Vereine,\n- eine Fortbildung, die die Vereine mitgestaltet haben.\n\n## Was bleibt\n\nDer Leitfaden ist vom Verwaltungsvorstand beschlossen. Die Fortbildung gehört inzwischen zum festen Programm.',
		quotes: [{ text: 'Wir haben gelernt, dass die Vereine uns die besten Hinweise geben, wenn wir sie früh fragen.', attribution: 'Leiterin eines Bürgeramts' }],
		en: { title: 'Münster: citizens’ offices open up interculturally', teaser: 'Together with the Integration Council and two migrant associations, the City of Münster developed a guide for its citizens’ offices and trained 58 staff members.', body: '## Starting point\n\nMany people with a migration history did not feel well advised in the citizens’ offices. The administration wanted to change that – together with those affected.\n\n## What remains\n\nThe guide has been adopted by the executive board, and the training is now part of the regular programme.' }
	},
	{
		ags: '05315000', writtenConsent: 'Schreiben der Stadt Köln vom 14.03.2024', status: 'published', publishedDaysAgo: 60, year: 2023, topics: ['fair-procurement', 'cooperation-structures'], sdgs: [8, 12, 17],
		title: 'Köln: Fairtrade-Stadt gemeinsam mit migrantischen Vereinen',
		teaser: 'Die Kölner Fairtrade-Steuerungsgruppe hat sich für migrantische Vereine und Unternehmen geöffnet. Heute gestalten fünf von ihnen den Fairen Markt mit.',
		body: '## Ausgangslage\n\nKöln trägt seit Jahren den Titel Fairtrade-Stadt. In der Steuerungsgruppe fehlten aber die vielen migrantischen Händlerinnen, Händler und Vereine, die fairen Handel längst leben.\n\n## Vorgehen\n\nIn zwei Workshops mit Vereinen aus der Diaspora haben Stadt und Steuerungsgruppe Hürden gesammelt: Sitzungen am Vormittag, lange Beschlusswege, wenig Einblick in die Vergabe. Die Geschäftsordnung wurde angepasst, Sitzungen finden jetzt abends statt.\n\n## Ergebnis\n\nFünf migrantische Organisationen arbeiten in der Steuerungsgruppe mit. Der Faire Markt auf dem Rudolfplatz hat eine eigene Bühne für Vereine.',
		quotes: [
			{ text: 'Fairer Handel ist für viele unserer Mitglieder Familiengeschichte. Jetzt sitzen wir mit am Tisch.', attribution: 'Vorstand eines ghanaischen Kulturvereins' },
			{ text: 'Die Abendtermine waren der Schlüssel.', attribution: 'Geschäftsstelle der Steuerungsgruppe' }
		],
		en: { title: 'Cologne: Fairtrade Town together with migrant associations', teaser: 'Cologne’s Fairtrade steering group opened up to migrant associations and businesses. Today five of them help shape the Fair Market.', body: '## Starting point\n\nCologne has been a Fairtrade Town for years, but the migrant traders and associations who live fair trade were missing from the steering group.\n\n## Result\n\nFive migrant organisations now work in the steering group, and the Fair Market has its own stage for associations.' },
		tr: { title: 'Köln: Göçmen derneklerle birlikte Fairtrade şehri', teaser: 'Köln Fairtrade yönlendirme grubu göçmen derneklere ve işletmelere açıldı. Bugün bunlardan beşi Adil Pazar’ın düzenlenmesine katkı sağlıyor.', body: '## Sonuç\n\nBeş göçmen kuruluş artık yönlendirme grubunda çalışıyor ve Adil Pazar’da dernekler için ayrı bir sahne var.' },
		image: { label: 'Fairer Markt Köln', colour: '#FD9D24', alt: 'Zeichnung eines Marktstands mit Obstkisten und einem Banner „Fairer Markt“', altEn: 'Drawing of a market stall with fruit boxes and a “Fair Market” banner', caption: 'Der Faire Markt auf dem Rudolfplatz (Illustration)' }
	},
	{
		ags: '05913000', writtenConsent: 'E-Mail des Agenda-Büros Dortmund vom 02.05.2024', status: 'published', publishedDaysAgo: 45, year: 2024, topics: ['agenda-2030', 'development-education'], sdgs: [4, 11, 17],
		title: 'Dortmund: SDG-Workshop mit Diaspora-Organisationen',
		teaser: 'Zwölf Diaspora-Organisationen haben an einem Samstag die Ziele der Dortmunder Nachhaltigkeitsstrategie durchgesehen – und drei neue Maßnahmen vorgeschlagen.',
		body: '## Ausgangslage\n\nDie Nachhaltigkeitsstrategie der Stadt Dortmund war im Entwurf fertig. Das Agenda-Büro wollte wissen, was Menschen aus der Diaspora darin vermissen.\n\n## Vorgehen\n\nEin ganztägiger Workshop am Samstag, mit Kinderbetreuung und Verdolmetschung ins Englische und Französische. Jede Gruppe nahm sich zwei SDGs vor.\n\n## Ergebnis\n\nDrei Vorschläge wurden in die Strategie übernommen, darunter ein Fonds für Bildungsprojekte von Migrantenorganisationen.',
		quotes: [{ text: 'Zum ersten Mal hat man uns nicht nur nach Integration gefragt, sondern nach der Zukunft der ganzen Stadt.', attribution: 'Teilnehmerin aus einem kamerunischen Verein' }],
		en: { title: 'Dortmund: SDG workshop with diaspora organisations', teaser: 'Twelve diaspora organisations reviewed the goals of Dortmund’s sustainability strategy on a Saturday – and proposed three new measures.', body: '## Result\n\nThree proposals were adopted into the strategy, including a fund for education projects of migrant organisations.' }
	},
	{
		ags: '05334002', writtenConsent: 'Schreiben der Stadt Aachen vom 20.09.2023', status: 'published', publishedDaysAgo: 90, year: 2022, topics: ['global-south-partnerships'], sdgs: [11, 17],
		title: 'Aachen: Städtepartnerschaft mit Cape Coast lebt von der Diaspora',
		teaser: 'Die Partnerschaft zwischen Aachen und Cape Coast in Ghana bekam neuen Schwung, als ghanaische Vereine aus Aachen die Projektplanung übernahmen.',
		body: '## Ausgangslage\n\nDie Partnerschaft mit Cape Coast bestand seit Jahren, lebte aber vor allem von Delegationsreisen.\n\n## Vorgehen\n\nIn der Beratung entstand ein Partnerschaftsbeirat, in dem die ghanaische Community Aachens die Hälfte der Sitze hat. Projekte werden nun gemeinsam mit Partnern in Cape Coast geplant.\n\n## Ergebnis\n\nEin Schulaustausch und ein Projekt zur Abfallwirtschaft laufen; beide werden von Aachener Vereinen begleitet.',
		quotes: [{ text: 'Wir kennen beide Städte. Das macht uns zu Brückenbauern.', attribution: 'Mitglied des Partnerschaftsbeirats' }],
		en: { title: 'Aachen: town twinning with Cape Coast thrives on the diaspora', teaser: 'The partnership between Aachen and Cape Coast in Ghana gained new momentum when Ghanaian associations in Aachen took over project planning.', body: '## Result\n\nA school exchange and a waste-management project are running, both accompanied by associations from Aachen.' },
		image: { label: 'Aachen – Cape Coast', colour: '#19486A', alt: 'Zwei Stadtsilhouetten, verbunden durch eine Brücke, beschriftet mit Aachen und Cape Coast', altEn: 'Two city skylines connected by a bridge, labelled Aachen and Cape Coast', caption: 'Partnerschaft auf Augenhöhe (Illustration)' }
	},
	{
		ags: '05513000', writtenConsent: 'Schreiben der Stadt Gelsenkirchen vom 05.02.2025', status: 'published', publishedDaysAgo: 30, year: 2024, topics: ['fair-procurement'], sdgs: [8, 12],
		title: 'Gelsenkirchen: Faire Beschaffung mit lokalen Händlerinnen und Händlern',
		teaser: 'Die Vergabestelle hat mit migrantischen Unternehmen Kriterien für fair gehandelte Lebensmittel und Arbeitskleidung entwickelt.',
		body: '## Ausgangslage\n\nGelsenkirchen wollte fairer einkaufen, fand aber kaum lokale Anbieter, die die Kriterien erfüllten.\n\n## Vorgehen\n\nEin Runder Tisch mit migrantischen Unternehmerinnen und Unternehmern zeigte, woran es lag: Ausschreibungen waren zu groß zugeschnitten. Die Stadt teilt nun Lose kleiner auf.\n\n## Ergebnis\n\nSeit 2025 kommen Kaffee und Tee für die Verwaltung von einer Rösterei aus dem Stadtteil.',
		quotes: [],
		en: { title: 'Gelsenkirchen: fair procurement with local traders', teaser: 'The procurement office developed criteria for fairly traded food and workwear together with migrant businesses.', body: '## Result\n\nSince 2025, coffee and tea for the administration come from a roastery in the neighbourhood.' }
	},
	{
		ags: '05566084', writtenConsent: 'Schreiben des Kreises Steinfurt vom 11.11.2023', status: 'published', publishedDaysAgo: 120, year: 2023, topics: ['agenda-2030', 'cooperation-structures'], sdgs: [11, 16, 17],
		title: 'Kreis Steinfurt: Agenda-2030-Strategie mit Migrantenorganisationen',
		teaser: 'Der Kreis Steinfurt hat für seine Nachhaltigkeitsstrategie ein Netzwerk von Migrantenorganisationen aus allen 24 Kommunen aufgebaut.',
		body: '## Vorgehen\n\nStatt einer zentralen Veranstaltung gab es vier regionale Treffen, eines davon in der Stadt Steinfurt. Die Einladung ging über die Integrationsräte und Moscheegemeinden.\n\n## Ergebnis\n\nDas Netzwerk trifft sich zweimal im Jahr und begleitet die Umsetzung der Strategie.',
		quotes: [{ text: 'Auf dem Land muss man zu den Menschen fahren, nicht umgekehrt.', attribution: 'Nachhaltigkeitsmanagerin des Kreises' }]
	},
	{
		ags: '05970040', writtenConsent: 'Schreiben der Universitätsstadt Siegen vom 03.06.2025', status: 'review', year: 2025, topics: ['development-education'], sdgs: [4],
		title: 'Siegen: Globales Lernen mit Referentinnen aus der Diaspora',
		teaser: 'Siegener Schulen laden Referentinnen und Referenten aus migrantischen Vereinen zu Projekttagen über Lieferketten ein.',
		body: '## Vorgehen\n\nDas Bildungsbüro hat einen Pool von Referentinnen und Referenten aufgebaut und sie in Methoden des Globalen Lernens fortgebildet.\n\n## Ergebnis\n\nIm ersten Schuljahr gab es 23 Projekttage an neun Schulen.',
		quotes: []
	},
	{
		ags: '05711000', consultationState: 'evaluation', status: 'draft', year: 2026, topics: ['festivals-events', 'fair-procurement'], sdgs: [12, 17],
		title: 'Bielefeld: Interkulturelles Stadtfest und Fairer Markt',
		teaser: 'Entwurf: Die Fairtrade-Steuerungsgruppe und migrantische Vereine haben den Fairen Markt auf dem Jahnplatz gemeinsam gestaltet.',
		body: '## Ausgangslage\n\nDie Beratung ist in der Auswertung. Der Text wird fertiggestellt, sobald die Stadt ihre Einwilligung gegeben hat.',
		quotes: []
	}
];

/** A simple illustration drawn with shapes and text (no photos of people, no third-party images). */
async function illustration(label: string, colour: string): Promise<Buffer> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#f4f1ea"/><rect x="120" y="380" width="1360" height="360" rx="24" fill="${colour}"/><circle cx="400" cy="260" r="120" fill="${colour}" opacity="0.6"/><circle cx="1200" cy="240" r="90" fill="${colour}" opacity="0.4"/><text x="800" y="600" font-family="sans-serif" font-size="96" fill="#ffffff" text-anchor="middle">${label}</text></svg>`;
	return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * Demo case stories: six published (Münster's with the consent of its evaluation, the others from before the
 * platform with recorded written consent), one in review, one draft. Written through the real commands, so each
 * has revisions and audit entries. Images only with a data directory. Does nothing if stories exist.
 */
export async function seedDemoCaseStories(db: Db, dataDir?: string, now = new Date()): Promise<void> {
	const [{ n }] = await db.select({ n: count() }).from(caseStory);
	if (n > 0) return;
	const [coordinator] = await db.select({ id: user.id }).from(user).where(eq(user.email, COORDINATOR));
	if (!coordinator) return;
	const actorId = coordinator.id;
	const storage = dataDir ? createFileStorage({ dataDir }) : null;

	for (const d of STORIES) {
		try {
			const [linked] = d.consultationState
				? await db.select({ id: consultation.id }).from(consultation).where(and(eq(consultation.municipalityAgs, d.ags), eq(consultation.state, d.consultationState)))
				: [];
			const measures = linked ? await db.select({ id: measure.id, status: measure.status }).from(measure).where(eq(measure.consultationId, linked.id)) : [];
			let story = await createCaseStory(db, {
				actorId,
				input: {
					title: d.title, slug: '', municipalityAgs: d.ags, year: d.year, topics: d.topics, sdgs: d.sdgs, teaser: d.teaser, body: d.body, quotes: d.quotes,
					consultationId: linked?.id ?? null,
					resultMeasureIds: measures.filter((x) => x.status === 'done' || x.status === 'in_progress').map((x) => x.id)
				}
			});
			if (d.writtenConsent) await recordCaseStoryConsent(db, { storyId: story.id, granted: true, textVersion: d.writtenConsent, actorId });
			let imageId: string | null = null;
			if (d.image && storage) {
				const image = await uploadCaseStoryImage(db, storage, { storyId: story.id, bytes: await illustration(d.image.label, d.image.colour), alt: d.image.alt, caption: d.image.caption, actorId });
				imageId = image.id;
			}
			for (const [locale, fields] of [['en', d.en], ['tr', d.tr]] as const) {
				if (!fields) continue;
				const alts = imageId && d.image && locale === 'en' ? { [imageId]: d.image.altEn } : {};
				story = await saveCaseStoryTranslation(db, { id: story.id, version: story.version, locale, fields, alts, actorId });
			}
			if (d.status === 'draft') continue;
			story = await changeCaseStoryStatus(db, { id: story.id, version: story.version, to: 'review', actorId });
			if (d.status === 'review') continue;
			story = await changeCaseStoryStatus(db, { id: story.id, version: story.version, to: 'published', actorId }, { now: new Date(now.getTime() - (d.publishedDaysAgo ?? 0) * 86_400_000) });
		} catch (err) {
			// A missing consultation or consent in a trimmed demo must not stop the start of the server.
			log.error('demo case story not seeded', { title: d.title, error: String(err) });
		}
	}
}
