import { describe, expect, it } from 'vitest';
import { layoutBars, shortenLabel } from './bar-layout';

describe('layoutBars', () => {
	it('scales every bar to the largest value of the chart and stacks the series of a row', () => {
		const g = layoutBars([{ label: 'A', values: [10, 5] }, { label: 'B', values: [0, 1] }], 2, 640, 200, 110);
		const area = 640 - 200 - 110;
		expect(g.groups[0].bars.map((b) => b.length)).toEqual([area, area / 2]);
		expect(g.groups[1].bars[0].length).toBe(0);
		expect(g.groups[1].bars[1].length).toBe(area / 10);
		expect(g.groups[0].bars[1].y).toBeGreaterThan(g.groups[0].bars[0].y);
		expect(g.groups[1].y).toBeGreaterThan(g.groups[0].bars[1].y);
		expect(g.height).toBeGreaterThan(g.groups[1].bars[1].y);
	});

	it('draws no bars when everything is zero or there are no rows', () => {
		expect(layoutBars([{ label: 'A', values: [0] }], 1).groups[0].bars[0].length).toBe(0);
		expect(layoutBars([], 1)).toMatchObject({ groups: [], height: 48 });
	});

	it('keeps a tiny value visible', () => {
		const g = layoutBars([{ label: 'A', values: [1000] }, { label: 'B', values: [1] }], 1);
		expect(g.groups[1].bars[0].length).toBe(2);
	});
});

describe('shortenLabel', () => {
	it('cuts long labels with an ellipsis', () => {
		expect(shortenLabel('Kurz')).toBe('Kurz');
		expect(shortenLabel('Interkulturelle Öffnung der Verwaltung und Vereine', 20)).toBe('Interkulturelle Öff…');
	});
});
