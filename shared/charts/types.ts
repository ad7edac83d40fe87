import type { EChartsCoreOption } from 'echarts/core';

/** An ECharts option object (the subset of ECharts' charts the app registers). */
export type ChartOption = EChartsCoreOption;
