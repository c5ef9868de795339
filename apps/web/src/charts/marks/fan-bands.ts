import { area } from 'd3-shape';
import type { Group } from '../chart-frame.js';
import type { FanLayout } from './fan-layout.js';

type Span = { year: number; lo: number; hi: number };

/** Each shaded series' 90%, 80% and 50% bands, lightest first, over the years drawn. */
export function fanBands(plot: Group, layout: FanLayout): void {
  const { x, y, years, indexOf } = layout;
  const spans = (upper: ReadonlyArray<number | null>, lower: ReadonlyArray<number | null>): Span[] =>
    years.map((year) => ({ year, lo: lower[indexOf(year)], hi: upper[indexOf(year)] })).filter((d) => d.lo !== null && d.hi !== null && d.lo > 0) as Span[];
  const band = area<Span>().x((d) => x(d.year)).y0((d) => y(d.lo)).y1((d) => y(d.hi));
  for (const s of layout.series.filter((one) => one.shaded)) {
    plot.append('path').attr('d', band(spans(s.bands.p95, s.bands.p5))).attr('fill', s.colour).attr('fill-opacity', 0.08).attr('data-band', '90');
    plot.append('path').attr('d', band(spans(s.bands.p90, s.bands.p10))).attr('fill', s.colour).attr('fill-opacity', 0.1).attr('data-band', '80');
    plot.append('path').attr('d', band(spans(s.bands.p75, s.bands.p25))).attr('fill', s.colour).attr('fill-opacity', 0.14).attr('data-band', '50');
  }
}
