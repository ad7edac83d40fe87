/**
 * A chart drawn by Apache ECharts with its SVG renderer: vector output, so it stays
 * sharp on screen and in print. Options are built by pure functions in shared/charts
 * (the same ones the document exports use). The chart is one image with the accessible
 * name given; the screens show the same figures as a table for reading and keyboard use.
 * (ECharts' own aria option is left off: it would replace that name with generated text.)
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
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);

  return (
    <div className={className ? `chart ${className}` : 'chart'} role="img" aria-label={label}>
      <div ref={box} className="chart-canvas" style={{ height }} />
    </div>
  );
}
