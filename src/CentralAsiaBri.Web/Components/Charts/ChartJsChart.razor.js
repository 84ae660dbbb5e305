// Chart.js 4 behind a small API for ChartJsChart.razor: create, update in place, destroy, downloadPng.
// Chart.js is loaded once, on first use, from its UMD build (the ESM build imports a bare module
// specifier that a browser cannot resolve without a bundler); the UMD build sets globalThis.Chart.
let chartJsLoaded;

function loadChartJs() {
  chartJsLoaded ??= import('../../lib/chart.js/chart.umd.min.js').then(() => globalThis.Chart);
  return chartJsLoaded;
}

const qualifierText = (q) => (q && q !== '=' ? `${q} ` : '');

function formatValue(value, qualifier, unit) {
  const number = value.toLocaleString(undefined, { maximumFractionDigits: 3 });
  return `${qualifierText(qualifier)}${number}${unit ? ` ${unit}` : ''}`;
}

function valueOf(chart, point) {
  return chart.options.indexAxis === 'y' ? point.parsed.x : point.parsed.y;
}

// Draws "> 50" style labels next to every point whose value is a bound or an approximation, so the
// picture itself (and its PNG) never shows a lower bound as if it were the value.
const qualifierLabels = {
  id: 'cabQualifierLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
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
        const value = chart.options.indexAxis === 'y' ? parsed.x : parsed.y;
        if (value === null || value === undefined) return;
        const text = formatValue(value, qualifier, '');
        const { x, y } = element.tooltipPosition();
        if (chart.options.indexAxis === 'y') {
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(text, x + 6, y);
        } else {
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(text, x, y - 6);
        }
      });
    });
    ctx.restore();
  },
};

// Everything JSON cannot carry (functions) is added here, in one place.
function prepare(config) {
  const unit = config.options?.unit;
  config.plugins = [qualifierLabels];
  config.options.plugins ??= {};
  config.options.plugins.tooltip = {
    callbacks: {
      label(context) {
        const qualifiers = context.dataset.qualifiers;
        const value = valueOf(context.chart, context);
        return `${context.dataset.label}: ${formatValue(value, qualifiers?.[context.dataIndex], unit)}`;
      },
    },
  };
  const xScale = config.options.scales?.x;
  if (xScale?.type === 'linear') {
    // Years on a linear axis: no thousands separator, no fractional ticks.
    xScale.ticks = { ...xScale.ticks, callback: (value) => (Number.isInteger(value) ? String(value) : '') };
  }
  return config;
}

function markReady(canvas, ready) {
  const figure = canvas.closest('figure');
  if (!figure) return;
  if (ready) figure.setAttribute('data-chart-ready', 'true');
  else figure.removeAttribute('data-chart-ready');
}

export async function create(canvas, config) {
  const Chart = await loadChartJs();
  canvas.cabChart?.destroy();
  canvas.cabChart = new Chart(canvas, prepare(config));
  markReady(canvas, true);
}

// Replaces data and options of the existing chart and redraws it without animation: the same Chart
// instance (and canvas) stays, so nothing flickers and nothing leaks.
export function update(canvas, config) {
  const chart = canvas.cabChart;
  if (!chart) return create(canvas, config);
  const prepared = prepare(config);
  chart.config.type = prepared.type;
  chart.data = prepared.data;
  chart.options = prepared.options;
  chart.update('none');
  return undefined;
}

export function destroy(canvas) {
  canvas?.cabChart?.destroy();
  if (canvas) {
    delete canvas.cabChart;
    markReady(canvas, false);
  }
}

export function downloadPng(canvas, fileName) {
  const chart = canvas.cabChart;
  if (!chart) return;
  // A white background: the canvas is transparent, which shows as black in many image viewers.
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, copy.width, copy.height);
  ctx.drawImage(canvas, 0, 0);
  const link = document.createElement('a');
  link.href = copy.toDataURL('image/png');
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
