/** The report page's only stylesheet, inlined so the page needs nothing else to render. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #f6f8fa; }
main { max-width: 1080px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 12px; }
.period, .empty, .note { color: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px;
  margin: 16px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px;
  background: none; border: 0; padding: 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card .label { color: var(--muted); font-size: 13px; }
.card .value { font-size: 26px; font-weight: 600; }
.card .unit { font-size: 14px; color: var(--muted); margin-left: 2px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 13px; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.hash { font-family: ui-monospace, monospace; color: var(--muted); }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.columns section { margin: 0; }
.chart { max-width: 100%; height: auto; display: block; }
.chart text { font-size: 11px; fill: var(--muted); }
.chart .axis { stroke: var(--line); }
.legend { list-style: none; display: flex; gap: 16px; padding: 0; margin: 8px 0 0; font-size: 13px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px;
  vertical-align: -1px; }
.slash { fill: #4e79a7; background: #4e79a7; }
.mention { fill: #f28e2b; background: #f28e2b; }
.dm { fill: #59a14f; background: #59a14f; }
.menu { fill: #edc948; background: #edc948; }
.user-app { fill: #e15759; background: #e15759; }
.prompt { fill: #76b7b2; background: #76b7b2; }
.completion { fill: #b07aa1; background: #b07aa1; }
`;
