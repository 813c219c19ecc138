import { escapeHtml } from "./format.ts";

/** One stacked series: its name in the legend and its CSS class (the colour). */
export interface Series {
  name: string;
  className: string;
}

/** One bar: its label (a day) and a value per series, in series order. */
export interface Bar {
  label: string;
  values: number[];
}

const HEIGHT = 180;
const TOP = 16;
const BOTTOM = 22;
const LEFT = 44;
const MIN_WIDTH = 980;

/**
 * A stacked bar chart as inline SVG: no script, no external resource, so the page renders the
 * same from a file, a mail attachment or a locked-down browser. Each bar has a tooltip <title>.
 */
export function stackedBarChart(title: string, series: Series[], bars: Bar[]): string {
  const slot = Math.max(4, Math.floor((MIN_WIDTH - LEFT) / Math.max(1, bars.length)));
  const width = LEFT + slot * bars.length + 8;
  const max = Math.max(1, ...bars.map((b) => sum(b.values)));
  const scale = (HEIGHT - TOP - BOTTOM) / max;
  const base = HEIGHT - BOTTOM;
  const rects = bars.map((bar, i) => {
    const x = LEFT + i * slot + 1;
    let y = base;
    const parts = bar.values.map((v, s) => {
      const h = v * scale;
      y -= h;
      return v > 0
        ? `<rect class="${series[s]?.className ?? ""}" x="${x}" y="${round(y)}" width="${slot - 2}" height="${round(h)}"/>`
        : "";
    });
    const tip = `${bar.label}: ${bar.values.map((v, s) => `${v} ${series[s]?.name ?? ""}`).join(", ")}`;
    return `<g><title>${escapeHtml(tip)}</title>${parts.join("")}</g>`;
  });
  const labels = [0, Math.floor((bars.length - 1) / 2), bars.length - 1]
    .filter((i, n, all) => bars[i] && all.indexOf(i) === n)
    .map(
      (i) =>
        `<text x="${LEFT + i * slot + slot / 2}" y="${HEIGHT - 6}" text-anchor="${anchor(i, bars.length)}">${escapeHtml(bars[i]?.label ?? "")}</text>`,
    );
  return [
    `<svg class="chart" viewBox="0 0 ${width} ${HEIGHT}" width="${width}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">`,
    `<line class="axis" x1="${LEFT}" y1="${base}" x2="${width}" y2="${base}"/>`,
    `<text x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end">${max}</text>`,
    `<text x="${LEFT - 6}" y="${base}" text-anchor="end">0</text>`,
    ...rects,
    ...labels,
    "</svg>",
    legend(series),
  ].join("\n");
}

function legend(series: Series[]): string {
  const items = series.map(
    (s) => `<li><span class="swatch ${s.className}"></span>${escapeHtml(s.name)}</li>`,
  );
  return `<ul class="legend">${items.join("")}</ul>`;
}

// The first and last labels align to the chart's edges so they are not cut off.
function anchor(i: number, count: number): string {
  if (count > 1 && i === 0) return "start";
  return i === count - 1 && count > 1 ? "end" : "middle";
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
