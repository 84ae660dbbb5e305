// <cab-chart config="{…Chart.js config…}" label="…" height="22rem">: the element ChartJsChart.razor renders.
// It draws the chart in its shadow root when it appears, updates the same Chart instance in place when the
// server changes its config (enhanced navigation patches the attribute, never the shadow root), and destroys
// the chart when it leaves the page. Chart.js is loaded once, on first use, from its UMD build (the ESM build
// imports a bare module specifier that a browser cannot resolve without a bundler); it sets globalThis.Chart.
let chartJsLoaded;

function loadChartJs() {
  chartJsLoaded ??= import('../../lib/chart.js/chart.umd.min.js').then(() => globalThis.Chart);
  return chartJsLoaded;
}

// chartjs-plugin-annotation (event markers), loaded only when a chart shows them. Its UMD build registers
// itself for every chart, and a chart created before that has no state for it and would fail on its hooks:
// the charts already on the page are therefore made anew once it is loaded.
let annotationsLoaded;
const liveCharts = new Set();

function loadAnnotations() {
  annotationsLoaded ??= loadChartJs()
    .then(() => import('../../lib/chartjs-plugin-annotation/chartjs-plugin-annotation.min.js'))
    .then(() => liveCharts.forEach((element) => element.recreate()));
  return annotationsLoaded;
}

// Follows a link the way a click on an <a> would: Blazor's enhanced navigation when it is there. Inside an
// embed (a frame on another site) a marker opens the site in a new tab, since the site refuses to be framed;
// the legend's toggle stays in the frame.
function navigate(href, { leaveFrame = false } = {}) {
  const url = new URL(href, document.baseURI).href;
  if (leaveFrame && window.top !== window) window.open(url, '_blank', 'noopener');
  else if (globalThis.Blazor?.navigateTo) globalThis.Blazor.navigateTo(url);
  else location.assign(url);
}

const qualifierText = (q) => (q && q !== '=' ? `${q} ` : '');

// A value in the reader's notation (the config's locale, as Chart.js formats its ticks): "1,234.5", "1 234,5".
export function formatValue(value, qualifier, unit, locale = 'en') {
  const number = value.toLocaleString(locale, { maximumFractionDigits: 10 });
  return `${qualifierText(qualifier)}${number}${unit ? ` ${unit}` : ''}`;
}

// Draws "> 50" style labels next to every point whose value is a bound or an approximation, so the
// picture itself (and its PNG) never shows a lower bound as if it were the value.
const qualifierLabels = {
  id: 'cabQualifierLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillStyle = '#212529';
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden || !dataset.qualifiers) return;
      meta.data.forEach((element, index) => {
        const qualifier = dataset.qualifiers[index];
        const parsed = meta._parsed[index];
        if (!qualifier || qualifier === '=' || !parsed) return;
        const value = horizontal ? parsed.x : parsed.y;
        if (value === null || value === undefined) return;
        const { x, y } = element.tooltipPosition();
        ctx.textAlign = horizontal ? 'left' : 'center';
        ctx.textBaseline = horizontal ? 'middle' : 'bottom';
        ctx.fillText(formatValue(value, qualifier, '', chart.options.locale), horizontal ? x + 6 : x, horizontal ? y : y - 6);
      });
    });
    ctx.restore();
  },
};

// Everything JSON cannot carry (functions) is added here, in one place.
function prepare(config) {
  const unit = config.options?.unit;
  const horizontal = config.options?.indexAxis === 'y';
  const locale = config.options?.locale;
  config.plugins = [qualifierLabels];
  config.options.plugins ??= {};
  config.options.plugins.tooltip = {
    callbacks: {
      label(context) {
        const value = horizontal ? context.parsed.x : context.parsed.y;
        return `${context.dataset.label}: ${formatValue(value, context.dataset.qualifiers?.[context.dataIndex], unit, locale)}`;
      },
    },
  };
  const events = config.options.cabEvents;
  if (events && events.count > 0) {
    // An "Events (n)" entry in the legend (in the page's language when the server sent its label), crossed out while hidden; a click toggles the overlay through the URL.
    config.options.plugins.legend = {
      ...config.options.plugins.legend,
      labels: {
        generateLabels(chart) {
          const items = globalThis.Chart.defaults.plugins.legend.labels.generateLabels(chart);
          items.push({ text: events.label ?? `Events (${events.count})`, strokeStyle: '#6c757d', fillStyle: 'rgba(0,0,0,0)', lineDash: [4, 4], lineWidth: 1.5, hidden: !events.shown, cabEvents: true });
          return items;
        },
      },
      onClick(event, item, legend) {
        if (item.cabEvents) navigate(events.toggleHref);
        else globalThis.Chart.defaults.plugins.legend.onClick.call(this, event, item, legend);
      },
    };
  }
  for (const marker of Object.values(config.options.plugins.annotation?.annotations ?? {})) {
    const numbers = marker.label.content;
    marker.click = () => navigate(marker.href, { leaveFrame: true });
    marker.enter = ({ chart, element }) => {
      chart.canvas.style.cursor = 'pointer';
      element.label.options.content = marker.titles;
      return true;
    };
    marker.leave = ({ chart, element }) => {
      chart.canvas.style.cursor = '';
      element.label.options.content = numbers;
      return true;
    };
  }
  const xScale = config.options.scales?.x;
  if (xScale?.type === 'linear' && !horizontal) {
    // Years on a linear axis: no thousands separator, no fractional ticks.
    xScale.ticks = { ...xScale.ticks, callback: (value) => (Number.isInteger(value) ? String(value) : '') };
  }
  return config;
}

class CabChart extends HTMLElement {
  static observedAttributes = ['config', 'label', 'height'];

  #chart = null;
  #canvas = null;
  #box = null;
  #drawing = null;

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      this.#box = document.createElement('div');
      this.#box.style.cssText = 'position: relative; width: 100%';
      this.#canvas = document.createElement('canvas');
      this.#canvas.setAttribute('role', 'img');
      this.#box.append(this.#canvas);
      // The server-rendered figure (PNG button, caption, data table) follows the drawing.
      root.append(this.#box, document.createElement('slot'));
      this.addEventListener('click', (event) => {
        const button = event.target.closest?.('[data-chart-png]');
        if (button && this.contains(button)) this.downloadPng(button.getAttribute('data-chart-png'));
      });
    }
    liveCharts.add(this);
    this.#applyLabelAndHeight();
    this.#draw();
  }

  disconnectedCallback() {
    // Left the page (navigation, or a re-render that dropped it): free the Chart instance and its listeners.
    liveCharts.delete(this);
    this.#chart?.destroy();
    this.#chart = null;
  }

  /** Drops the Chart instance and draws a new one from the current config (after a plugin was registered). */
  recreate() {
    this.#chart?.destroy();
    this.#chart = null;
    this.#draw();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    // Initial attributes arrive before connectedCallback has built the shadow root; it draws then.
    if (!this.#canvas || !this.isConnected || oldValue === newValue) return;
    if (name === 'config') this.#draw();
    else this.#applyLabelAndHeight();
  }

  /** The Chart.js instance, for tests and tools. */
  get chart() {
    return this.#chart;
  }

  #applyLabelAndHeight() {
    this.#canvas?.setAttribute('aria-label', this.getAttribute('label') ?? '');
    if (this.#box) this.#box.style.height = this.getAttribute('height') || '22rem';
  }

  // Draws run one after another: the first awaits Chart.js, and a config that changes meanwhile must update
  // the chart the first one creates, not create a second.
  #draw() {
    this.#drawing = (this.#drawing ?? Promise.resolve()).then(() => this.#drawNow(), () => this.#drawNow());
    return this.#drawing;
  }

  // Creates the chart on first draw; afterwards replaces data and options of the same instance and redraws
  // without animation, so nothing flickers and no instance is leaked.
  async #drawNow() {
    const Chart = await loadChartJs();
    const config = prepare(JSON.parse(this.getAttribute('config')));
    if (config.options.plugins?.annotation) await loadAnnotations();
    if (!this.isConnected) return;
    if (this.#chart && this.#chart.config.type === config.type) {
      this.#chart.data = config.data;
      this.#chart.options = config.options;
      this.#chart.update('none');
    } else {
      this.#chart?.destroy();
      this.#chart = new Chart(this.#canvas, config);
    }
    this.dispatchEvent(new CustomEvent('cab-chart-drawn', { bubbles: true }));
  }

  downloadPng(fileName) {
    if (!this.#chart) return;
    // A white background: the canvas is transparent, which shows as black in many image viewers.
    const copy = document.createElement('canvas');
    copy.width = this.#canvas.width;
    copy.height = this.#canvas.height;
    const ctx = copy.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(this.#canvas, 0, 0);
    const link = document.createElement('a');
    link.href = copy.toDataURL('image/png');
    link.download = fileName || 'chart.png';
    document.body.append(link);
    link.click();
    link.remove();
  }
}

if (!customElements.get('cab-chart')) {
  customElements.define('cab-chart', CabChart);
}
