// Styles of <crossroads-widget>, adopted by its shadow root as a constructed stylesheet
// (page styles do not reach in; no extra request, no inline <style>, so a strict
// Content-Security-Policy with style-src 'self' allows it).
export default `
:host { display: block; container-type: inline-size; color: #222; background: #fff; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.chart { position: relative; width: 100%; aspect-ratio: 16 / 10; min-height: 280px; max-height: 85vh; }
.chart.fixed { aspect-ratio: auto; height: var(--chart-height, 420px); min-height: 0; max-height: none; }
/* In a narrow column the legend wraps, so the plot gets more height. */
@container (max-width: 600px) { .chart:not(.fixed) { aspect-ratio: 4 / 5; } }
canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
.readout-line { position: absolute; width: 0; border-left: 1px solid #222; pointer-events: none; }
.readout { position: absolute; max-width: min(46%, 320px); padding: 4px 6px; font-size: 12px; line-height: 1.3; background: rgba(255, 255, 255, 0.94); border: 1px solid #999; border-radius: 3px; pointer-events: none; }
.readout div { overflow-wrap: anywhere; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.error { margin: 8px 0; padding: 10px 12px; border: 2px solid #b00020; border-radius: 6px; background: #fff4f4; color: #7a0016; }
.error code { white-space: pre-wrap; font-size: 12px; }
.status { margin: 4px 12px 0; color: #8a4b00; }
.status:empty { display: none; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 0; }
button, select, textarea { font: inherit; color: #222; }
button { padding: 4px 10px; border: 1px solid #777; border-radius: 4px; background: #f4f4f4; cursor: pointer; }
button:hover:not(:disabled) { background: #e6e6e6; }
button[aria-pressed="true"] { background: #d8e8f4; }
button:disabled, input:disabled, select:disabled { opacity: 0.5; cursor: not-allowed; }
select { padding: 3px 6px; border: 1px solid #777; border-radius: 4px; background: #fff; max-width: 100%; }
:focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
.copy { margin: 8px 0 0; }
.copy p { margin: 0 0 4px; }
.copy textarea { width: 100%; font: 12px/1.4 ui-monospace, Menlo, Consolas, monospace; }
.copy button { margin: 4px 0 0; }
/* The page's inherited styles stop here (a host page's "* { font-size: 30px; line-height:
   2.5; letter-spacing: .05em }" reaches the host element, whose own declarations lose to the
   page's): everything inside inherits from this reset instead. */
.layout { all: initial; display: flex; flex-direction: column; color: #222; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start; }
/* One column (a phone, an article, or the explorer when its container is under 980 px):
   the sliders come right under the chart, before the buttons and panels. */
.layout > .main { display: contents; }
.layout .top { order: 0; }
.layout .stories { order: 0; }
.layout .error { order: 1; }
.layout .chart { order: 2; }
.layout .caption, .layout .status, .layout .notes { order: 3; }
.layout > .panel { order: 4; }
.layout .actions { order: 5; }
.layout .copy { order: 6; }
.layout details.table { order: 7; }
.layout details.assumptions, .layout details.sources { order: 8; }
.main { min-width: 0; }
/* A phone, or any narrow column: the chart stays on screen (stuck to the top) while the
   reader scrolls to a slider and moves it; its height leaves room for the controls below.
   Every button, menu, summary and slider is a touch target of at least 44 px. */
@container (max-width: 600px) {
  /* The views whose legends (bands, Rosstat), outcome table or goal line need room get more
     of the screen. */
  .layout { --phone-chart: max(300px, min(125cqw, 50vh)); }
  .layout:is([data-view="projection"], [data-view="compare"], [data-view="compatriots"], [data-view="remittances"], [data-view="relokanty"], [data-view="needs"]) { --phone-chart: max(300px, min(175cqw, 72vh)); }
  .chart:not(.fixed) { aspect-ratio: auto; height: var(--phone-chart); min-height: 0; max-height: none; }
  /* The bar above the chart in two columns, each label above its menu. */
  .layout .top { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 6px 10px; }
  .top .field { flex-direction: column; align-items: stretch; gap: 2px; }
  .top .field select { width: 100%; }
  .top .field:has([data-key="view"], [data-key="preset"], [data-key="b"], [data-key="presets"]), .top .field.year { grid-column: 1 / -1; }
  .top .field.year { flex-direction: row; flex-wrap: wrap; align-items: center; column-gap: 8px; }
  .top .field.year label { flex: 0 0 100%; }
  button, select, summary { min-height: 44px; }
  summary { display: flex; align-items: center; }
  .param input[type="range"], .field.year input { height: 44px; margin: 0; }
  .field.year { flex-wrap: wrap; }
  .field.year input { flex: 1 1 160px; width: auto; }
  .param .note, .param .src { margin-bottom: 2px; }
  /* Opening "More levers" keeps its summary where the finger was (the browser would
     otherwise keep the buttons below in place and scroll the summary out of sight). */
  .layout { overflow-anchor: none; }
  @media (min-height: 560px) {
    .layout .chart { position: sticky; top: 0; z-index: 2; background: #fff; box-shadow: 0 2px 4px -2px rgba(0, 0, 0, 0.35); }
    /* A control scrolled or tabbed into view lands below the chart, not under it. */
    .panel :is(input, select, summary), .actions button { scroll-margin-top: calc(var(--phone-chart) + 12px); scroll-margin-bottom: 12px; }
    /* Reading the table or the sources: the chart scrolls away with the page. */
    .layout:has(.main > details[open]) .chart { position: relative; box-shadow: none; }
  }
}
input[type="range"] { touch-action: pan-y; }
.stories { margin: 0 0 8px; }
.stories h2 { font-size: 14px; margin: 0 0 4px; }
.stories ul { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.stories .story { text-align: start; }
.stories .story[aria-pressed="true"] { border-color: #0072b2; background: #e6f1f8; font-weight: 600; }
.stories .story-pick { display: none; }
.caption { margin: 6px 12px 0; font-size: 15px; }
/* In a narrow column the questions are a menu. */
@container (max-width: 600px) {
  .stories ul { display: none; }
  .stories .story-pick { display: block; width: 100%; }
}
.panel { margin: 10px 0 0; }
/* The full explorer (many sliders) puts them beside the chart when there is room. */
@container (min-width: 980px) {
  .layout.side { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 16px; align-items: start; }
  .layout.side > .main { display: block; }
  .layout.side .panel { margin: 0; max-height: calc(100vh - 24px); overflow-y: auto; position: sticky; top: 8px; padding-right: 4px; }
  .layout.side fieldset.group { grid-template-columns: 1fr; }
}
.top { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 18px; margin: 0 0 8px; padding: 2px 2px 0; }
[hidden] { display: none !important; }
.field { display: flex; align-items: center; gap: 6px; min-width: 0; max-width: 100%; }
.field select { min-width: 0; }
.field label { font-weight: 600; }
.field.year input { width: 180px; }
.field output { min-width: 3em; font-variant-numeric: tabular-nums; }
fieldset.group { border: 1px solid #ddd; border-radius: 6px; margin: 0 0 8px; padding: 4px 10px 6px; display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 4px 18px; }
legend { font-weight: 700; padding: 0 4px; }
.param { display: flex; flex-direction: column; padding: 4px 0; min-width: 0; }
.param .head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.param label { font-weight: 600; font-size: 13px; }
.param output { font-variant-numeric: tabular-nums; white-space: nowrap; font-size: 13px; }
.param input[type="range"] { width: 100%; margin: 4px 0 2px; accent-color: #0072b2; }
.param select { margin: 2px 0; }
.src { color: #555; font-size: 11px; line-height: 1.3; overflow-wrap: anywhere; }
.clamp { margin: 2px 0 0; color: #8a4b00; font-size: 12px; font-weight: 600; }
.clamp:empty { display: none; }
.note { margin: 2px 0 0; color: #5a3d00; font-size: 12px; }
.note:empty { display: none; }
.param[data-idle] input, .param[data-idle] select, .param[data-idle] output { opacity: 0.5; }
.notes { margin: 4px 12px 0; color: #5a3d00; font-size: 13px; }
.notes:empty { display: none; }
.notes span { display: block; }
details { margin: 8px 0 0; border-top: 1px solid #ddd; padding: 6px 0 0; }
summary { cursor: pointer; font-weight: 600; }
.scroll { max-height: 360px; overflow: auto; margin: 6px 0 0; }
table { border-collapse: collapse; font-size: 12px; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: #555; padding: 0 0 4px; caption-side: top; }
th, td { padding: 2px 8px; border-bottom: 1px solid #eee; text-align: right; }
thead th { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #999; }
.sources h3 { font-size: 14px; margin: 10px 0 4px; }
.sources ul, .assumptions ul { margin: 0; padding-left: 18px; font-size: 12px; }
.sources li, .assumptions li { margin: 2px 0; overflow-wrap: anywhere; }
a { color: #005a8c; }
`;
