/**
 * Chart definitions as data: pure functions from plan figures to ECharts options, used
 * by the screens (renderer/ui/Chart) and by the document exports alike.
 */
export type { ChartOption } from './types';
