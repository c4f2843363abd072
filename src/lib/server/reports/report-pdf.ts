import PDFDocument from 'pdfkit';
import { m } from '$lib/paraglide/messages.js';
import { stateLabel } from '$lib/consultation-labels';
import { formatDate, formatDateTime } from '$lib/format';
import { sdgTitle, type ExportTable } from './report-export-tables';
import { barChart, dataTable, ensureSpace, FOOTER_SPACE, formatNumber, heading, MARGIN, paragraph, registerFonts, writeFooters, type Bar } from './report-pdf-layout';
import type { ImpactReport } from './report-types';

const locale = 'de' as const;
/** Tables whose content the PDF already shows on the title page and in the key figures. */
const SHOWN_ELSEWHERE = new Set(['bericht', 'kennzahlen']);

export function reportPdfTitle(year: number): string {
	return m.rep_export_doc_title_year({ year: String(year) }, { locale });
}

/**
 * The funder's yearly report as an A4 PDF in German: title page (programme, year, selection, creation date), key
 * figures, bar charts drawn as vectors with their values printed, the tables of the XLSX/CSV export, a methods
 * note and page numbers. Tagged (headings, figures with alternative text, tables), language de-DE, with metadata.
 */
export async function renderReportPdf(report: ImpactReport, tables: ExportTable[], { year, now = new Date() }: { year: number; now?: Date }): Promise<Buffer> {
	const title = reportPdfTitle(year);
	const programme = m.rep_export_programme({}, { locale });
	const doc = new PDFDocument({
		size: 'A4',
		margins: { top: MARGIN, bottom: MARGIN + FOOTER_SPACE, left: MARGIN, right: MARGIN },
		bufferPages: true,
		tagged: true,
		pdfVersion: '1.7',
		lang: 'de-DE',
		displayTitle: true,
		info: { Title: `${programme} – ${title}`, Author: programme, Subject: m.rep_export_doc_subject({}, { locale }), Creator: programme }
	});
	registerFonts(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	writeTitlePage(doc, report, tables, title, now);
	doc.addPage();
	heading(doc, 2, m.rep_export_doc_key_figures({}, { locale }));
	dataTable(doc, tables.find((t) => t.name === 'kennzahlen')!, { emptyText: m.rep_export_doc_table_empty({}, { locale }), withHeading: false });

	doc.addPage();
	heading(doc, 2, m.rep_export_doc_charts({}, { locale }));
	const emptyText = m.rep_export_chart_no_data({}, { locale });
	for (const chart of charts(report)) barChart(doc, { ...chart, emptyText });

	doc.addPage();
	heading(doc, 2, m.rep_export_doc_tables({}, { locale }));
	for (const table of tables) {
		if (!SHOWN_ELSEWHERE.has(table.name)) dataTable(doc, table, { emptyText: m.rep_export_doc_table_empty({}, { locale }) });
	}

	ensureSpace(doc, 200);
	heading(doc, 2, m.rep_export_methods_heading({}, { locale }));
	for (const text of [m.rep_export_methods_cohort, m.rep_export_methods_reach, m.rep_export_methods_hours, m.rep_export_methods_outcomes, m.rep_export_methods_phases, m.rep_export_methods_exact]) {
		paragraph(doc, text({}, { locale }));
	}

	writeFooters(doc, (page, pages) => `${programme} · ${title} · ${m.rep_export_doc_page({ page, pages }, { locale })}`);
	doc.end();
	return done;
}

function writeTitlePage(doc: PDFKit.PDFDocument, report: ImpactReport, tables: ExportTable[], title: string, now: Date) {
	doc.y = 140;
	paragraph(doc, m.rep_export_programme({}, { locale }), { size: 14, bold: true });
	heading(doc, 1, title);
	paragraph(doc, m.rep_export_subtitle({}, { locale }), { size: 12 });
	doc.moveDown(1);
	paragraph(doc, m.rep_export_doc_period({ from: formatDate(report.filter.from, locale), to: formatDate(report.filter.to, locale) }, { locale }), { size: 11 });
	// Region, topic and advisor as the export's first table names them (its rows 3–5).
	const selection = tables.find((t) => t.name === 'bericht')!.rows.slice(3, 6);
	paragraph(doc, `${m.rep_export_doc_selection({}, { locale })}: ${selection.map(([label, value]) => `${label}: ${value}`).join(' · ')}`, { size: 10 });
	paragraph(doc, m.rep_export_doc_generated({ date: formatDateTime(now, locale) }, { locale }), { size: 10 });
	doc.moveDown(2);
	if (report.empty) paragraph(doc, m.rep_export_doc_empty({}, { locale }), { size: 11, bold: true });
	paragraph(doc, m.rep_export_doc_internal({}, { locale }), { size: 9 });
}

const SDG_LABEL = (n: number) => `SDG ${n}: ${sdgTitle(n)}`;

/** The charts of the report, in reading order, each with the figures it shows. */
function charts(report: ImpactReport): { title: string; description: string; bars: Bar[] }[] {
	const t = (f: (i: object, o: { locale: 'de' }) => string) => f({}, { locale });
	const mean = report.satisfaction.mean === null ? '–' : formatNumber(Math.round(report.satisfaction.mean * 100) / 100);
	return [
		{
			title: t(m.rep_export_chart_states),
			description: t(m.rep_export_chart_states_desc),
			bars: report.consultationsByState.map((s) => ({ label: stateLabel(s.state, locale), value: s.count }))
		},
		{
			title: t(m.rep_export_chart_regions),
			description: t(m.rep_export_chart_regions_desc),
			bars: report.byRegion.map((r) => ({ label: r.name, value: r.consultations }))
		},
		{
			title: t(m.rep_export_chart_reached),
			description: t(m.rep_export_chart_reached_desc),
			bars: report.byRegion.map((r) => ({
				label: r.name,
				value: r.municipalitiesReached,
				valueLabel: m.rep_export_of_total({ count: formatNumber(r.municipalitiesReached), total: formatNumber(r.municipalitiesTotal) }, { locale })
			}))
		},
		{ title: t(m.rep_export_chart_topics), description: t(m.rep_export_chart_topics_desc), bars: report.topics.map((x) => ({ label: x.nameDe, value: x.count })) },
		{ title: t(m.rep_export_chart_sdgs), description: t(m.rep_export_chart_sdgs_desc), bars: report.sdgs.map((s) => ({ label: SDG_LABEL(s.sdg), value: s.count })) },
		{
			title: t(m.rep_export_chart_phases),
			description: t(m.rep_export_chart_phases_desc),
			bars: report.phaseDurations.map((p) => ({
				label: stateLabel(p.state, locale),
				value: p.medianDays ?? 0,
				valueLabel:
					p.medianDays === null
						? m.rep_export_phase_none({}, { locale })
						: m.rep_export_phase_n({ days: formatNumber(p.medianDays), n: formatNumber(p.n) }, { locale })
			}))
		},
		{
			title: t(m.rep_export_chart_measures),
			description: t(m.rep_export_chart_measures_desc),
			bars: [
				{ label: t(m.rep_export_measures_planned), value: report.measuresPlanned },
				{ label: t(m.rep_export_measures_implemented), value: report.measuresImplemented }
			]
		},
		{
			title: t(m.rep_export_chart_satisfaction),
			description: m.rep_export_chart_satisfaction_desc({ mean }, { locale }),
			bars: report.satisfaction.distribution.map((d) => ({ label: m.rep_export_rating({ value: String(d.value) }, { locale }), value: d.count }))
		}
	];
}
