import { and, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { consultation, timeEntry, user } from '../db/schema';
import type { TimeActivity, TimeEntryStatus } from '../db/schema/time-entries';
import { shiftDate, todayInBerlin } from '../measures/measure-rules';

/*
 * Demo time and expense entries of the demo advisor on the Köln consultation (in dialogue) and Bielefeld's
 * fair-trade consultation (evaluation) over the last two months: most approved by the demo coordinator, one still
 * submitted and one rejected with a reason. Dates are relative to the day of seeding. Without the advisor or those
 * consultations, or when the advisor has entries already, nothing is written.
 */
const ADVISOR = 'beratung@demo.miglobe.de';
const COORDINATOR = 'koordination@demo.miglobe.de';

interface DemoEntry {
	where: 'koeln' | 'bielefeld';
	daysAgo: number;
	minutes: number;
	activity: TimeActivity;
	description: string;
	kilometres?: number;
	expensesCents?: number;
	expenseNote?: string;
	status: TimeEntryStatus;
	/** Days after the work day on which the coordination decided. */
	decidedAfter?: number;
	rejectReason?: string;
}

const TARGETS = { koeln: { ags: '05315000', state: 'in_dialogue' }, bielefeld: { ags: '05711000', state: 'evaluation' } } as const;

const ENTRIES: DemoEntry[] = [
	{ where: 'bielefeld', daysAgo: 58, minutes: 180, activity: 'preparation', description: 'Auswertungsbogen vorbereitet, Ergebnisse des Fairen Markts zusammengestellt', status: 'approved', decidedAfter: 3 },
	{ where: 'bielefeld', daysAgo: 52, minutes: 240, activity: 'session', description: 'Sitzung der Fairtrade-Steuerungsgruppe im Rathaus Bielefeld, Moderation des Austauschs mit den neuen Mitgliedern', kilometres: 0, expensesCents: 4980, expenseNote: 'Bahnfahrt Köln–Bielefeld und zurück', status: 'approved', decidedAfter: 3 },
	{ where: 'bielefeld', daysAgo: 52, minutes: 150, activity: 'travel', description: 'Anreise mit der Bahn', status: 'approved', decidedAfter: 3 },
	{ where: 'koeln', daysAgo: 40, minutes: 120, activity: 'preparation', description: 'Einladung zum Netzwerktreffen in drei Sprachen abgestimmt', status: 'approved', decidedAfter: 2 },
	{ where: 'koeln', daysAgo: 33, minutes: 210, activity: 'session', description: 'Dialogforum mit Diaspora- und Partnerschaftsvereinen im Bezirksrathaus Ehrenfeld', kilometres: 24, status: 'approved', decidedAfter: 4 },
	{ where: 'koeln', daysAgo: 32, minutes: 90, activity: 'follow_up', description: 'Protokoll geschrieben und an die Vereine verschickt', status: 'approved', decidedAfter: 3 },
	{ where: 'bielefeld', daysAgo: 20, minutes: 120, activity: 'follow_up', description: 'Fragebogen zur Auswertung ausgefüllt und mit der Kommune besprochen', kilometres: 310, expensesCents: 1250, expenseNote: 'Parkgebühren', status: 'rejected', decidedAfter: 2, rejectReason: 'Das Gespräch fand laut Protokoll online statt. Bitte prüfen Sie die Kilometer und die Parkgebühren.' },
	{ where: 'koeln', daysAgo: 6, minutes: 150, activity: 'preparation', description: 'Vorbereitung des ersten Netzwerktreffens: Ablauf und Materialien', expensesCents: 1890, expenseNote: 'Moderationskarten und Stifte', status: 'submitted' }
];

export async function seedDemoTimeEntries(db: Db, now = new Date()): Promise<void> {
	const accounts = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, [ADVISOR, COORDINATOR]));
	const advisorId = accounts.find((a) => a.email === ADVISOR)?.id;
	const coordinatorId = accounts.find((a) => a.email === COORDINATOR)?.id ?? null;
	if (!advisorId) return;
	const [{ n }] = await db.select({ n: count() }).from(timeEntry).where(eq(timeEntry.advisorId, advisorId));
	if (n > 0) return;
	const ids: Partial<Record<keyof typeof TARGETS, string>> = {};
	for (const [key, t] of Object.entries(TARGETS) as [keyof typeof TARGETS, (typeof TARGETS)[keyof typeof TARGETS]][]) {
		const [row] = await db
			.select({ id: consultation.id })
			.from(consultation)
			.where(and(eq(consultation.municipalityAgs, t.ags), eq(consultation.state, t.state)))
			.limit(1);
		if (row) ids[key] = row.id;
	}
	const today = todayInBerlin(now);
	const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
	const rows = ENTRIES.filter((e) => ids[e.where]).map((e) => {
		const decided = e.decidedAfter === undefined ? null : at(e.daysAgo - e.decidedAfter);
		return {
			advisorId,
			consultationId: ids[e.where]!,
			workDate: shiftDate(today, -e.daysAgo),
			minutes: e.minutes,
			activity: e.activity,
			description: e.description,
			kilometres: e.kilometres ?? 0,
			expensesCents: e.expensesCents ?? 0,
			expenseNote: e.expenseNote ?? '',
			status: e.status,
			rejectReason: e.rejectReason ?? null,
			decidedBy: decided ? coordinatorId : null,
			decidedAt: decided,
			version: decided ? 2 : 1,
			createdAt: at(e.daysAgo),
			updatedAt: decided ?? at(e.daysAgo)
		};
	});
	if (rows.length > 0) await db.insert(timeEntry).values(rows);
}
