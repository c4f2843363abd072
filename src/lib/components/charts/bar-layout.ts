/**
 * Geometry of a horizontal bar chart, pure so that it is tested without rendering. One group per row, one bar per
 * series inside the group; bar lengths are proportional to the largest value of the whole chart.
 */
export interface BarRow {
	label: string;
	values: number[];
}

export interface BarGeometry {
	width: number;
	height: number;
	labelWidth: number;
	groups: { y: number; labelY: number; label: string; bars: { y: number; length: number; value: number; series: number }[] }[];
}

export const BAR_HEIGHT = 18;
const BAR_GAP = 4;
const GROUP_GAP = 12;
const PADDING = 8;

export function layoutBars(rows: readonly BarRow[], seriesCount: number, width = 640, labelWidth = 200, valueWidth = 110): BarGeometry {
	const max = Math.max(0, ...rows.flatMap((r) => r.values.filter((v) => Number.isFinite(v))));
	const area = width - labelWidth - valueWidth;
	const groupHeight = seriesCount * BAR_HEIGHT + (seriesCount - 1) * BAR_GAP;
	const groups = rows.map((row, i) => {
		const y = PADDING + i * (groupHeight + GROUP_GAP);
		return {
			y,
			labelY: y + groupHeight / 2,
			label: row.label,
			bars: row.values.slice(0, seriesCount).map((value, s) => ({
				y: y + s * (BAR_HEIGHT + BAR_GAP),
				// A value above zero always shows a sliver, so that "small" never looks like "none".
				length: max > 0 && value > 0 ? Math.max(2, (value / max) * area) : 0,
				value,
				series: s
			}))
		};
	});
	const height = rows.length ? PADDING * 2 + rows.length * groupHeight + (rows.length - 1) * GROUP_GAP : 48;
	return { width, height, labelWidth, groups };
}

/** Labels longer than fit beside the bars are shortened; the data table beside the chart has them in full. */
export function shortenLabel(label: string, max = 28): string {
	return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}
