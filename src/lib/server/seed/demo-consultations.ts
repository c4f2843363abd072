import type { Db } from '../db/client';
import { consultation } from '../db/schema';
import type { ConsultationState } from '../consultations/lifecycle';
import { appendTimeline } from '../consultations/timeline';
import { formatReference } from '../consultations/requests/reference-number';
import { createStatusToken } from '../consultations/requests/status-token';

/*
 * Six demo requests and consultations in different states, for demo installations only. Contact people are
 * invented; the municipalities are those of demo-municipalities.ts. The status tokens are random and not kept:
 * nobody can open their status pages (real links only come from the request form's mail).
 */
interface DemoConsultation {
	key: string;
	municipalityAgs?: string;
	districtCode?: string;
	state: ConsultationState;
	path: ConsultationState[];
	contactName: string;
	contactFunction: string;
	contactEmail: string;
	topics: string[];
	sdgs: number[];
	concern: string;
	involve: string;
	desiredFormat: string;
	timeframe: string;
	goals?: string;
	targetLanguages?: string[];
}

const DEMO: DemoConsultation[] = [
	{ key: 'kreis-dueren', districtCode: '05358', state: 'requested', path: [], contactName: 'Anna Schmidt', contactFunction: 'Koordinatorin für kommunale Entwicklungspolitik', contactEmail: 'anna.schmidt@kreis-dueren.example', topics: ['cooperation-structures', 'civic-engagement'], sdgs: [10, 17], concern: 'Wir möchten dauerhafte Strukturen für die Zusammenarbeit mit den entwicklungspolitischen Vereinen und migrantischen Initiativen im Kreis aufbauen. Bisher kennen wir nur wenige von ihnen.', involve: 'Integrationszentrum, Ehrenamtsbörse, die Vereine aus Düren und Jülich', desiredFormat: 'dialogforum', timeframe: 'three_months' },
	{ key: 'bielefeld', municipalityAgs: '05711000', state: 'in_review', path: ['in_review'], contactName: 'Murat Yılmaz', contactFunction: 'Büro für Internationale Beziehungen', contactEmail: 'murat.yilmaz@bielefeld.example', topics: ['agenda-2030', 'awareness-raising'], sdgs: [4, 11, 13], concern: 'Zur lokalen Nachhaltigkeitsstrategie wollen wir die Perspektiven migrantischer Gruppen einbeziehen, die bisher in unseren Beteiligungsformaten fehlen.', involve: 'Migrantenselbstorganisationen, Integrationsrat, Agenda-Büro', desiredFormat: 'workshop', timeframe: 'six_months', goals: 'Drei Werkstattgespräche mit migrantischen Organisationen zur Nachhaltigkeitsstrategie; Ergebnisse fließen in die Fortschreibung 2027 ein.', targetLanguages: ['tr', 'ar'] },
	{ key: 'guetersloh', municipalityAgs: '05754008', state: 'matching', path: ['in_review', 'matching'], contactName: 'Claudia Becker', contactFunction: 'Fachbereich Bildung und Integration', contactEmail: 'c.becker@guetersloh.example', topics: ['fair-procurement', 'development-education'], sdgs: [12], concern: 'Die Stadt will fair beschaffen und dazu mit Gruppen ins Gespräch kommen, die Handelsbeziehungen in ihre Herkunftsländer haben.', involve: 'Weltladen, Einkauf der Stadtverwaltung, afrikanische Vereine', desiredFormat: 'fachtag', timeframe: 'six_months', goals: 'Ein Fachtag „Fair einkaufen in Gütersloh“ mit migrantischen Unternehmerinnen und Unternehmern.', targetLanguages: ['fr', 'en'] },
	{ key: 'rheine', municipalityAgs: '05566076', state: 'agreed', path: ['in_review', 'matching', 'agreed'], contactName: 'Jan Hoffmann', contactFunction: 'Kulturamt', contactEmail: 'jan.hoffmann@rheine.example', topics: ['festivals-events'], sdgs: [10, 16], concern: 'Wir planen ein Stadtfest und möchten migrantische Gruppen beteiligen, die wir noch nicht kennen.', involve: 'Vereine, Moscheegemeinden, Kulturvereine', desiredFormat: 'festival', timeframe: 'next_year', goals: 'Mindestens fünf neue Gruppen gestalten das Stadtfest 2027 mit.' },
	{ key: 'koeln', municipalityAgs: '05315000', state: 'in_dialogue', path: ['in_review', 'matching', 'agreed', 'in_dialogue'], contactName: 'Sabine Wolff', contactFunction: 'Koordination kommunale Entwicklungspolitik', contactEmail: 'sabine.wolff@koeln.example', topics: ['global-south-partnerships', 'cooperation-structures'], sdgs: [11, 17], concern: 'Unsere Städtepartnerschaften sollen von der Expertise der Diaspora profitieren.', involve: 'Diaspora-Vereine, Partnerschaftsvereine', desiredFormat: 'networking', timeframe: 'asap', goals: 'Ein Netzwerk aus Diaspora- und Partnerschaftsvereinen mit zwei Treffen pro Jahr.', targetLanguages: ['pt', 'sw'] },
	{ key: 'bielefeld-fairtrade', municipalityAgs: '05711000', state: 'evaluation', path: ['in_review', 'matching', 'agreed', 'in_dialogue', 'implementation', 'evaluation'], contactName: 'Murat Yılmaz', contactFunction: 'Büro für Internationale Beziehungen', contactEmail: 'murat.yilmaz@bielefeld.example', topics: ['fair-procurement', 'cooperation-structures'], sdgs: [8, 12, 17], concern: 'Bielefeld ist Fairtrade-Stadt. Die Steuerungsgruppe soll vielfältiger werden: Bisher fehlen migrantische Händlerinnen, Händler und Vereine.', involve: 'Steuerungsgruppe Fairtrade-Stadt, Welthaus, migrantische Vereine und Unternehmen', desiredFormat: 'workshop', timeframe: 'six_months', goals: 'Die Fairtrade-Steuerungsgruppe gewinnt mindestens drei migrantische Organisationen als Mitglieder; ein gemeinsamer Fairer Markt im Frühjahr.', targetLanguages: ['tr', 'fr'] },
	{ key: 'muenster', municipalityAgs: '05515000', state: 'completed', path: ['in_review', 'matching', 'agreed', 'in_dialogue', 'implementation', 'evaluation', 'completed'], contactName: 'Thomas Keller', contactFunction: 'Amt für Mobilität und Internationales', contactEmail: 'thomas.keller@muenster.example', topics: ['intercultural-administration'], sdgs: [16], concern: 'Die Verwaltung möchte sich interkulturell öffnen.', involve: 'Personalamt, Integrationsrat', desiredFormat: 'workshop', timeframe: 'flexible', goals: 'Leitfaden für interkulturelle Öffnung der Bürgerämter.' }
];

/** Inserts the demo consultations with their timelines; returns ids and references for later demo seeds. */
export async function seedDemoConsultations(db: Db, now = new Date()): Promise<{ key: string; id: string; reference: string }[]> {
	const year = now.getFullYear();
	const created: { key: string; id: string; reference: string }[] = [];
	await db.transaction(async (tx) => {
		for (const [i, d] of DEMO.entries()) {
			const reference = formatReference(year, i + 1);
			const at = new Date(now.getTime() - (DEMO.length - i) * 20 * 86_400_000);
			const [row] = await tx
				.insert(consultation)
				.values({
					reference,
					year,
					state: d.state,
					municipalityAgs: d.municipalityAgs ?? null,
					districtCode: d.districtCode ?? null,
					contactName: d.contactName,
					contactFunction: d.contactFunction,
					contactEmail: d.contactEmail,
					topics: d.topics,
					sdgs: d.sdgs,
					concern: d.concern,
					involve: d.involve,
					desiredFormat: d.desiredFormat,
					timeframe: d.timeframe,
					heardVia: 'kepol',
					targetLanguages: d.targetLanguages ?? [],
					goals: d.goals ?? '',
					statusTokenHash: createStatusToken().hash,
					source: 'public_form',
					createdAt: at,
					updatedAt: at,
					closedAt: d.state === 'completed' ? now : null
				})
				.returning({ id: consultation.id });
			await appendTimeline(tx, { consultationId: row.id, actorId: null, kind: 'created', visibility: 'all', data: { source: 'public_form' } });
			let from: ConsultationState = 'requested';
			for (const to of d.path) {
				await appendTimeline(tx, { consultationId: row.id, actorId: null, kind: 'transition', visibility: 'all', data: { from, to } });
				from = to;
			}
			created.push({ key: d.key, id: row.id, reference });
		}
	});
	return created;
}
