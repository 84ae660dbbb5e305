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

const qualifierText = (q) => (q && q !== '=' ? `${q} ` : '');

export function formatValue(value, qualifier, unit) {
  const number = value.toLocaleString('en', { maximumFractionDigits: 10 });
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
        ctx.fillText(formatValue(value, qualifier, ''), horizontal ? x + 6 : x, horizontal ? y : y - 6);
      });
    });
    ctx.restore();
  },
};

// Everything JSON cannot carry (functions) is added here, in one place.
function prepare(config) {
  const unit = config.options?.unit;
  const horizontal = config.options?.indexAxis === 'y';
  config.plugins = [qualifierLabels];
  config.options.plugins ??= {};
  config.options.plugins.tooltip = {
    callbacks: {
      label(context) {
        const value = horizontal ? context.parsed.x : context.parsed.y;
        return `${context.dataset.label}: ${formatValue(value, context.dataset.qualifiers?.[context.dataIndex], unit)}`;
      },
    },
  };
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
    this.#applyLabelAndHeight();
    this.#draw();
  }

  disconnectedCallback() {
    // Left the page (navigation, or a re-render that dropped it): free the Chart instance and its listeners.
    this.#chart?.destroy();
    this.#chart = null;
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
    const config = prepare(JSON.parse(this.getAttribute('config')));
    const Chart = await loadChartJs();
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
