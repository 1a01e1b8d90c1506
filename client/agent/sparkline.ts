/** A tiny inline SVG sparkline of sentiment scores in [-1, 1] (0 is the dashed middle line). */
const SVG = 'http://www.w3.org/2000/svg';

export function sparkline(series: readonly number[], width = 180, height = 40): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('role', 'img');
  const y = (v: number): number => ((1 - Math.max(-1, Math.min(1, v))) / 2) * (height - 4) + 2;
  const mid = document.createElementNS(SVG, 'line');
  mid.setAttribute('x1', '0');
  mid.setAttribute('x2', String(width));
  mid.setAttribute('y1', String(y(0)));
  mid.setAttribute('y2', String(y(0)));
  mid.setAttribute('class', 'sparkline-zero');
  svg.appendChild(mid);
  if (series.length === 0) return svg;
  const step = series.length > 1 ? (width - 4) / (series.length - 1) : 0;
  const points = series.map((v, i) => `${(2 + i * step).toFixed(1)},${y(v).toFixed(1)}`);
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points.join(' '));
  line.setAttribute('class', 'sparkline-line');
  svg.appendChild(line);
  const last = series[series.length - 1] ?? 0;
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('cx', String(2 + (series.length - 1) * step));
  dot.setAttribute('cy', String(y(last)));
  dot.setAttribute('r', '2.5');
  dot.setAttribute('class', last < -0.3 ? 'sparkline-dot bad' : 'sparkline-dot');
  svg.appendChild(dot);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = series.map((v) => v.toFixed(2)).join(', ');
  svg.appendChild(title);
  return svg;
}
