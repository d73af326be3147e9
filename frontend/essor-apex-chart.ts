// <essor-apex-chart>: one ApexCharts instance, created when the element is attached, updated when its
// "config" property changes, destroyed when it is detached. Light DOM, so the SVG is in the page's DOM.
import ApexCharts from 'apexcharts';
import fr from 'apexcharts/dist/locales/fr.json';
import en from 'apexcharts/dist/locales/en.json';

interface Point { x: number; y: number; xLabel?: string; yLabel?: string; note?: string; approximate?: boolean; yHigh?: number; }
/** LINE: the dash of its index; DASHED: a projection; BAND: shaded from y to yHigh. */
interface Series { name: string; points: Point[]; style?: 'LINE' | 'DASHED' | 'BAND'; }
interface XMarker { x: number; label: string; detail: string; color: string; dashed: boolean; }
interface YMarker { y: number; label: string; color: string; }
interface Config {
  locale: string; series: Series[]; valueFormat: 'PERCENT' | 'INTEGER'; yMin: number | null; yMax: number | null;
  xMin: number | null; xMax: number | null; xTickAmount: number | null;
  xMarkers: XMarker[]; yMarkers: YMarker[]; colors: string[]; height: number; sparkline: boolean;
  description: string; fileName: string; xAxis: 'DATETIME' | 'NUMBER'; xTitle: string; tooltipAllSeries: boolean;
}

/**
 * Marker labels longer than this are cut with an ellipsis on the chart; hover and the table hold the whole title.
 * Long enough for the target date's label in either language ('Target date September 30, 2027').
 */
const LABEL_CHARS = 30;
const LABEL_FONT_PX = 11;
const LABEL_ROW_PX = 20;

/** One line style and one marker shape per series, in the order of the colours. */
const DASHES = [0, 8, 2, 12, 4, 6];
const SHAPES: ('circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross')[] = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross'];

const shorten = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

class EssorApexChart extends HTMLElement {
  private chart?: ApexCharts;
  private parsed?: Config;
  /** Milliseconds the last draw took and size of the options it drew, read by the benchmark. */
  lastRenderMs = -1;
  lastConfigBytes = 0;

  set config(json: string) {
    this.lastConfigBytes = new TextEncoder().encode(json ?? '').length;
    this.parsed = json ? (JSON.parse(json) as Config) : undefined;
    this.render();
  }

  connectedCallback() {
    this.render();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  private render() {
    if (!this.isConnected || !this.parsed) {
      return;
    }
    const started = performance.now();
    this.chart?.destroy();
    this.replaceChildren();
    const host = document.createElement('div');
    this.appendChild(host);
    const config = this.parsed;
    this.chart = new ApexCharts(host, this.toApexOptions(config));
    this.chart.render().then(() => {
      this.afterDraw(config);
      this.lastRenderMs = performance.now() - started;
      this.dispatchEvent(new CustomEvent('chart-rendered', { detail: { ms: this.lastRenderMs } }));
    });
  }

  private formatValue(config: Config, value: number): string {
    const locale = config.locale === 'en' ? 'en' : 'fr';
    if (config.valueFormat === 'PERCENT') {
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    }
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  }

  /** Every series' point at this x: to compare rollouts at the same month since launch. */
  private allSeriesAt(config: Config, x: number): string {
    // French puts a (no-break) space before a colon, English does not.
    const colon = config.locale === 'en' ? ': ' : '\u00a0: ';
    const rows = config.series.flatMap((series) => series.points.filter((p) => p.x === x).map((p) =>
      `<div><b>${escapeHtml(series.name)}</b>${colon}${escapeHtml(p.yLabel || this.formatValue(config, p.y))}`
      + `${p.xLabel ? ` <span class="essor-tip-note">(${escapeHtml(p.xLabel)})</span>` : ''}</div>`));
    return `<div class="essor-tip"><div class="essor-tip-date">${escapeHtml(config.xTitle)}${colon}${x}</div>${rows.join('')}</div>`;
  }

  private formatDate(config: Config, x: number): string {
    return new Intl.DateTimeFormat(config.locale === 'en' ? 'en' : 'fr',
      { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(x));
  }

  private toApexOptions(config: Config): ApexCharts.ApexOptions {
    // Markers on a thousand points cost more to draw than they tell: dense curves are drawn as lines.
    const dense = config.series.some((series) => series.points.length > 200);
    const discrete = config.series.flatMap((series, seriesIndex) =>
      series.points.flatMap((point, dataPointIndex) => point.approximate
        ? [{ seriesIndex, dataPointIndex, fillColor: '#ffffff', strokeColor: config.colors[seriesIndex % config.colors.length], size: 7 }]
        : []));
    // Marker labels sit in rows above the plot, so they never cover a point of the curves.
    const labels = this.placeLabels(config);
    const labelRows = labels.reduce((rows, label) => Math.max(rows, label.row + 1), 0);
    // A band needs ApexCharts' range-area chart, with the other series as lines in it.
    const withBand = config.series.some((series) => series.style === 'BAND');
    const lineWidth = config.sparkline || dense ? 2 : 3;
    const markerSize = config.sparkline || dense ? 0 : 5;
    return {
      grid: { padding: { top: labelRows * LABEL_ROW_PX } },
      chart: {
        type: withBand ? 'rangeArea' : 'line',
        // ApexCharts draws (and redraws: a resize is an update) the toolbar and annotations after render() resolves.
        events: { mounted: () => this.afterDraw(config), updated: () => this.afterDraw(config) },
        height: config.height,
        animations: { enabled: false },
        locales: [fr, en],
        defaultLocale: config.locale === 'en' ? 'en' : 'fr',
        sparkline: { enabled: config.sparkline },
        zoom: { enabled: false },
        toolbar: { show: !config.sparkline, tools: { download: true, selection: false, zoom: false, zoomin: false, zoomout: false, pan: false, reset: false },
          export: { svg: { filename: config.fileName }, png: { filename: config.fileName } } },
      },
      colors: config.colors,
      series: config.series.map((series) => (series.style === 'BAND'
        ? { type: 'rangeArea', name: series.name, data: series.points.map((p) => ({ x: p.x, y: [p.y, p.yHigh ?? p.y] })) }
        : { ...(withBand ? { type: 'line' } : {}), name: series.name, data: series.points.map((p) => ({ x: p.x, y: p.y })) })) as ApexCharts.ApexOptions['series'],
      // A range-area chart labels every point by default: the tooltip and the table carry the values.
      dataLabels: { enabled: false },
      ...(withBand ? { fill: { type: 'solid', opacity: config.series.map((series) => (series.style === 'BAND' ? 0.22 : 1)) } } : {}),
      // Compared deployments differ by line style and marker shape too, not by colour alone (WCAG 1.4.1).
      stroke: { width: config.series.map((series) => (series.style === 'BAND' ? 0 : lineWidth)), curve: 'straight',
        dashArray: config.series.map((series, i) => (series.style === 'DASHED' ? 7 : series.style === 'BAND' ? 0 : DASHES[i % DASHES.length])) },
      markers: { size: config.series.map((series) => (series.style === 'BAND' ? 0 : series.style === 'DASHED' ? 0 : markerSize)), discrete,
        shape: config.series.map((_, i) => SHAPES[i % SHAPES.length]) },
      xaxis: config.xAxis === 'NUMBER'
        // Whole months: the server sends bounds on multiples of the step and the number of steps between them.
        ? { type: 'numeric', min: config.xMin ?? undefined, max: config.xMax ?? undefined,
            tickAmount: config.xTickAmount ?? undefined, decimalsInFloat: 0,
            title: { text: config.xTitle }, labels: { formatter: (value: string) => String(Math.round(Number(value))) } }
        : { type: 'datetime', min: config.xMin ?? undefined, max: config.xMax ?? undefined, labels: { datetimeUTC: true } },
      yaxis: {
        min: config.yMin ?? undefined,
        max: config.yMax ?? undefined,
        labels: { formatter: (value: number) => this.formatValue(config, value) },
      },
      // ApexCharts writes legend text with innerHTML: a series name is user text, so it goes in escaped.
      legend: { show: !config.sparkline && config.series.length > 1, position: 'top',
        formatter: (name: string) => escapeHtml(name) },
      tooltip: {
        enabled: !config.sparkline,
        // Even with a custom tooltip ApexCharts writes each series' name into its own (hidden) tooltip
        // items with innerHTML, where a detached <img onerror> still runs: it gets escaped text too.
        y: { title: { formatter: (name: string) => escapeHtml(name) } },
        custom: ({ seriesIndex, dataPointIndex }: { seriesIndex: number; dataPointIndex: number }) => {
          const point = config.series[seriesIndex]?.points[dataPointIndex];
          if (!point) {
            return '';
          }
          if (config.tooltipAllSeries) {
            return this.allSeriesAt(config, point.x);
          }
          const note = point.note ? `<div class="essor-tip-note">${escapeHtml(point.note)}</div>` : '';
          const date = point.xLabel || this.formatDate(config, point.x);
          const value = point.yLabel || this.formatValue(config, point.y);
          return `<div class="essor-tip"><div class="essor-tip-date">${escapeHtml(date)}</div>`
            + `<div><b>${escapeHtml(config.series[seriesIndex].name)}</b> : ${escapeHtml(value)}</div>${note}</div>`;
        },
      },
      annotations: {
        xaxis: labels.map(({ marker, row, anchor }) => ({
          x: marker.x,
          borderColor: marker.color,
          strokeDashArray: marker.dashed ? 6 : 0,
          label: { text: shorten(marker.label), orientation: 'horizontal', position: 'top', textAnchor: anchor,
            offsetX: anchor === 'start' ? 2 : -2, offsetY: 4 - (labelRows - row) * LABEL_ROW_PX, borderColor: marker.color,
            style: { color: '#fff', background: marker.color, fontSize: `${LABEL_FONT_PX}px` } },
        })),
        yaxis: config.yMarkers.map((marker) => ({
          y: marker.y,
          borderColor: marker.color,
          strokeDashArray: 4,
          label: { text: marker.label, borderColor: marker.color, style: { color: '#fff', background: marker.color } },
        })),
      },
    };
  }

  /**
   * Events of the same or nearby months must not hide one another: each label goes on the first row
   * where it clears the labels already placed, judged from the chart's width and the label's length.
   * A label near the right edge runs leftwards from its line.
   */
  private placeLabels(config: Config): { marker: XMarker; row: number; anchor: 'start' | 'end' }[] {
    const xs = config.series.flatMap((series) => series.points.map((p) => p.x)).concat(config.xMarkers.map((m) => m.x));
    const min = config.xMin ?? Math.min(...xs);
    const max = config.xMax ?? Math.max(...xs);
    const width = Math.max((this.clientWidth || 800) - 100, 200);
    const toPx = (x: number) => (max > min ? ((x - min) / (max - min)) * width : 0);
    const rowEnds: number[] = [];
    const placed = config.xMarkers.map((marker, index) => ({ marker, index, row: 0, anchor: 'start' as 'start' | 'end' }))
      .sort((a, b) => a.marker.x - b.marker.x);
    for (const label of placed) {
      const px = toPx(label.marker.x);
      const textPx = shorten(label.marker.label).length * LABEL_FONT_PX * 0.62 + 10;
      label.anchor = px + textPx > width ? 'end' : 'start';
      const from = label.anchor === 'start' ? px : px - textPx;
      let row = rowEnds.findIndex((end) => end + 4 < from);
      if (row < 0) {
        row = rowEnds.length;
        rowEnds.push(0);
      }
      rowEnds[row] = from + textPx;
      label.row = row;
    }
    return placed.sort((a, b) => a.index - b.index);
  }

  private afterDraw(config: Config) {
    this.removeCsvDownload();
    this.describeMarkers(config);
  }

  /**
   * ApexCharts' own "Download CSV" writes series names and values as they are, so a name such as
   * '=HYPERLINK(...)' becomes a live formula in a spreadsheet (CSV injection), and it bypasses Essor's CSV
   * writer; ApexCharts has no option to leave it out. Essor offers the series' CSV beside the chart, written
   * safely in the reader's language. PNG and SVG stay in the menu.
   */
  private removeCsvDownload() {
    this.querySelectorAll('.apexcharts-menu-item.exportCSV').forEach((item) => item.remove());
  }

  /** Hovering an event's label shows its title and note: an SVG title on each marker label. */
  private describeMarkers(config: Config) {
    const labels = this.querySelectorAll('.apexcharts-xaxis-annotations .apexcharts-xaxis-annotation-label');
    labels.forEach((label) => {
      const marker = config.xMarkers[Number(label.getAttribute('rel'))];
      if (marker && marker.detail && !label.querySelector('title')) {
        const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
        title.textContent = marker.detail;
        label.appendChild(title);
      }
    });
  }
}

customElements.define('essor-apex-chart', EssorApexChart);
