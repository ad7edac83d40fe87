/**
 * A chart drawn by Apache ECharts with its SVG renderer: vector output, so it stays
 * sharp on screen and in print. Options are built by pure functions in shared/charts
 * (the same ones the document exports use). Each chart has an accessible name and a
 * summary for screen readers, and ECharts' own aria description of the data.
 */
import { useEffect, useRef } from 'react';
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

export function Chart({ option, label, height = 260, className }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

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
    chart.current?.setOption({ animation: false, aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={box} className={className ? `chart ${className}` : 'chart'} role="img" aria-label={label} style={{ height }} />;
}
