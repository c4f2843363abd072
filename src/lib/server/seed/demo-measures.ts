import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, measure, measureStatusChange, user } from '../db/schema';
import type { ConsultationState } from '../consultations/lifecycle';
import { shiftDate, todayInBerlin, type MeasureStatus } from '../measures/measure-rules';

/*
 * Demo Ideen und Maßnahmen for three demo consultations, found at run time by AGS and state: Köln in dialogue
 * (ideas and one planned), Bielefeld's fair-trade consultation in evaluation (done ones, one dropped with a
 * note, one overdue in progress) and Münster completed (done ones). Dates are relative to the day of seeding.
 * Without those consultations, or when they have measures already, nothing is written.
 */
type Who = 'coordinator' | 'advisor' | 'municipality';
const ACCOUNTS: Record<Who, string> = {
	coordinator: 'koordination@demo.miglobe.de',
	advisor: 'beratung@demo.miglobe.de',
	municipality: 'kommune@demo.miglobe.de'
};

interface Step {
	to: MeasureStatus;
	/** Days before the day of seeding. */
	daysAgo: number;
	by: Who;
	note?: string;
}
interface DemoMeasure {
	title: string;
	description: string;
	owner: string;
	/** Days from the day of seeding (negative: in the past). */
	start?: number;
	due?: number;
	topic: string;
	sdgs: number[];
	steps: Step[];
	reminded?: boolean;
}

const DEMO: { ags: string; state: ConsultationState; measures: DemoMeasure[] }[] = [
	{
		ags: '05315000',
		state: 'in_dialogue',
		measures: [
			{ title: 'Diaspora-Sprechstunde im Büro für Städtepartnerschaften', description: 'Einmal im Monat eine offene Sprechstunde, in der Diaspora-Vereine Projektideen für die Partnerstädte einbringen und Kontakte in die Verwaltung finden.', owner: 'Büro für Internationale Angelegenheiten', topic: 'global-south-partnerships', sdgs: [17], steps: [{ to: 'idea', daysAgo: 12, by: 'advisor' }] },
			{ title: 'Delegationsreisen gemeinsam mit Diaspora-Vertreterinnen und -Vertretern', description: 'Bei der nächsten Reise in die Partnerstadt fahren zwei Mitglieder von Diaspora-Vereinen mit, die Sprache und Kontakte vor Ort kennen.', owner: 'Büro für Internationale Angelegenheiten', topic: 'global-south-partnerships', sdgs: [11, 17], steps: [{ to: 'idea', daysAgo: 12, by: 'advisor' }] },
			{ title: 'Übersicht der Diaspora- und Partnerschaftsvereine', description: 'Eine gepflegte Liste mit Ansprechpersonen, Sprachen und Schwerpunkten, abgestimmt mit den Vereinen und veröffentlicht nur mit deren Einwilligung.', owner: 'Koordination kommunale Entwicklungspolitik', topic: 'cooperation-structures', sdgs: [17], steps: [{ to: 'idea', daysAgo: 9, by: 'coordinator' }] },
			{ title: 'Erstes Netzwerktreffen Diaspora und Städtepartnerschaften', description: 'Auftakt des Netzwerks mit rund 30 Vereinen: Kennenlernen, gemeinsame Themen sammeln, Termine für 2027 vereinbaren.', owner: 'Koordination kommunale Entwicklungspolitik', start: 20, due: 45, topic: 'cooperation-structures', sdgs: [11, 17], steps: [{ to: 'idea', daysAgo: 12, by: 'advisor' }, { to: 'planned', daysAgo: 4, by: 'coordinator', note: 'Raum im Bezirksrathaus Ehrenfeld ist reserviert; die Einladung geht in drei Sprachen hinaus.' }] }
		]
	},
	{
		ags: '05711000',
		state: 'evaluation',
		measures: [
			{ title: 'Drei migrantische Organisationen in der Fairtrade-Steuerungsgruppe', description: 'Die Steuerungsgruppe der Fairtrade-Stadt lädt migrantische Vereine und Unternehmen gezielt ein und ändert ihre Geschäftsordnung, damit Vereine ohne Vorstandsbeschluss mitarbeiten können.', owner: 'Büro für Internationale Beziehungen', start: -150, due: -60, topic: 'cooperation-structures', sdgs: [17], steps: [{ to: 'idea', daysAgo: 160, by: 'advisor' }, { to: 'planned', daysAgo: 150, by: 'municipality' }, { to: 'in_progress', daysAgo: 120, by: 'municipality' }, { to: 'done', daysAgo: 62, by: 'municipality', note: 'Der Afrikanische Kulturverein, der Türkische Elternverein und Cameroun Solidarité arbeiten seit der Sitzung im Frühjahr mit.' }] },
			{ title: 'Fairer Markt auf dem Jahnplatz', description: 'Ein gemeinsamer Markt mit dem Welthaus und migrantischen Händlerinnen und Händlern, mit Bühne für Vereine und einem Stand der Stadt zur fairen Beschaffung.', owner: 'Büro für Internationale Beziehungen mit dem Welthaus Bielefeld', start: -110, due: -40, topic: 'fair-procurement', sdgs: [8, 12], steps: [{ to: 'idea', daysAgo: 155, by: 'advisor' }, { to: 'planned', daysAgo: 130, by: 'municipality' }, { to: 'in_progress', daysAgo: 90, by: 'municipality' }, { to: 'done', daysAgo: 40, by: 'municipality', note: 'Rund 1.200 Besucherinnen und Besucher, 14 Stände, davon sechs von migrantischen Händlerinnen und Händlern.' }] },
			{ title: 'Mehrsprachiger Einkaufsführer für fair gehandelte Produkte', description: 'Ein Faltblatt auf Deutsch, Türkisch und Französisch mit Geschäften, die fair gehandelte Waren anbieten.', owner: 'Büro für Internationale Beziehungen', due: -50, topic: 'fair-procurement', sdgs: [12], steps: [{ to: 'idea', daysAgo: 140, by: 'advisor' }, { to: 'in_progress', daysAgo: 100, by: 'municipality' }, { to: 'done', daysAgo: 55, by: 'municipality' }] },
			{ title: 'Faire Kaffeeautomaten in allen Bürgerämtern', description: 'Kaffee und Tee aus fairem Handel in den Automaten der Bürgerämter.', owner: 'Zentraler Einkauf', topic: 'fair-procurement', sdgs: [12], steps: [{ to: 'idea', daysAgo: 140, by: 'municipality' }, { to: 'planned', daysAgo: 120, by: 'municipality' }, { to: 'dropped', daysAgo: 70, by: 'municipality', note: 'Der Rahmenvertrag mit dem Automatenbetreiber läuft noch bis 2028. Das Thema wird bei der Neuausschreibung wieder aufgegriffen.' }] },
			{ title: 'Kriterien für faire Beschaffung in der Vergabeordnung', description: 'Sozial- und Umweltkriterien für Arbeitskleidung, Natursteine und Lebensmittel; Entwurf mit dem Rechtsamt, Beschluss im Rat.', owner: 'Zentraler Einkauf und Vergabestelle', start: -120, due: -14, topic: 'fair-procurement', sdgs: [8, 12], reminded: true, steps: [{ to: 'idea', daysAgo: 150, by: 'advisor' }, { to: 'planned', daysAgo: 130, by: 'municipality' }, { to: 'in_progress', daysAgo: 118, by: 'municipality', note: 'Entwurf liegt beim Rechtsamt.' }] }
		]
	},
	{
		ags: '05515000',
		state: 'completed',
		measures: [
			{ title: 'Leitfaden zur interkulturellen Öffnung der Bürgerämter', description: 'Ein Leitfaden mit Beispielen aus der Beratung: mehrsprachige Hinweise, einfache Sprache, Ansprechpersonen für Vereine.', owner: 'Personal- und Organisationsamt', start: -200, due: -80, topic: 'intercultural-administration', sdgs: [16], steps: [{ to: 'idea', daysAgo: 220, by: 'advisor' }, { to: 'planned', daysAgo: 200, by: 'coordinator' }, { to: 'in_progress', daysAgo: 170, by: 'coordinator' }, { to: 'done', daysAgo: 85, by: 'coordinator', note: 'Vom Verwaltungsvorstand beschlossen und im Intranet veröffentlicht.' }] },
			{ title: 'Fortbildung „Interkulturelle Kommunikation“ für die Bürgerämter', description: 'Halbtägige Fortbildung, gemeinsam gestaltet mit dem Integrationsrat und zwei migrantischen Vereinen.', owner: 'Personal- und Organisationsamt, Aus- und Fortbildung', due: -60, topic: 'intercultural-administration', sdgs: [10, 16], steps: [{ to: 'idea', daysAgo: 210, by: 'advisor' }, { to: 'planned', daysAgo: 180, by: 'coordinator' }, { to: 'done', daysAgo: 65, by: 'coordinator', note: 'Vier Termine mit insgesamt 58 Beschäftigten.' }] }
		]
	}
];

export async function seedDemoMeasures(db: Db, now = new Date()): Promise<void> {
	const accounts = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, Object.values(ACCOUNTS)));
	const idOf = (who: Who) => accounts.find((a) => a.email === ACCOUNTS[who])?.id ?? null;
	const today = todayInBerlin(now);
	const day = (offset: number | undefined) => (offset === undefined ? null : shiftDate(today, offset));
	const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);

	for (const group of DEMO) {
		const [target] = await db
			.select({ id: consultation.id })
			.from(consultation)
			.where(and(eq(consultation.municipalityAgs, group.ags), eq(consultation.state, group.state)))
			.limit(1);
		if (!target) continue;
		const [{ n }] = await db.select({ n: count() }).from(measure).where(eq(measure.consultationId, target.id));
		if (n > 0) continue;
		await db.transaction(async (tx) => {
			for (const d of group.measures) {
				const last = d.steps.at(-1)!;
				const dueDate = day(d.due);
				const [row] = await tx
					.insert(measure)
					.values({
						consultationId: target.id,
						title: d.title,
						description: d.description,
						owner: d.owner,
						startDate: day(d.start),
						dueDate,
						topic: d.topic,
						sdgs: d.sdgs,
						status: last.to,
						reminderSentFor: d.reminded ? dueDate : null,
						createdBy: idOf(d.steps[0].by),
						version: d.steps.length,
						createdAt: at(d.steps[0].daysAgo),
						updatedAt: at(last.daysAgo)
					})
					.returning({ id: measure.id });
				await tx.insert(measureStatusChange).values(
					d.steps.map((s, i) => ({
						measureId: row.id,
						fromStatus: i === 0 ? null : d.steps[i - 1].to,
						toStatus: s.to,
						note: s.note ?? '',
						actorId: idOf(s.by),
						at: at(s.daysAgo)
					}))
				);
			}
		});
	}
}
