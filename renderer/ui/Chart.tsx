/**
 * A chart drawn by Apache ECharts with its SVG renderer: vector output, so it stays
 * sharp on screen and in print. Options are built by pure functions in shared/charts
 * (the same ones the document exports use). The chart is one image with the accessible
 * name given; the screens show the same figures as a table for reading and keyboard use.
 * A description in the option (`aria.label.description`) becomes the image's
 * description (aria-describedby) rather than ECharts' own label, which would replace
 * the name.
 */
import { useEffect, useId, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { LegacyGridContainLabel } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from '../../shared/charts';

echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  PieChart,
  ScatterChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  LegacyGridContainLabel,
  SVGRenderer,
]);

interface ChartProps {
  readonly option: ChartOption;
  /** Accessible name of the chart. */
  readonly label: string;
  /** Height in CSS pixels; the width follows the container. */
  readonly height?: number;
  readonly className?: string;
}

function descriptionOf(option: ChartOption): string | null {
  const aria = (option as { aria?: { label?: { description?: unknown } } }).aria;
  const description = aria?.label?.description;
  return typeof description === 'string' && description.trim() !== '' ? description : null;
}

export function Chart({ option, label, height = 260, className }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const descriptionId = useId();
  const description = descriptionOf(option);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    const beforePrint = () => instance.resize();
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option, aria: { enabled: false } }, { notMerge: true });
  }, [option]);

  return (
    <div className={className ? `chart ${className}` : 'chart'} role="img" aria-label={label} aria-describedby={description ? descriptionId : undefined}>
      <div ref={box} className="chart-canvas" style={{ height }} />
      {description && (
        <span id={descriptionId} className="visually-hidden">
          {description}
        </span>
      )}
    </div>
  );
}
