/*
 * A table's chart drawn with Fluent UI's own chart components: the chart type, series, axis titles
 * and break-even markers Excel's chart gets. Loaded on demand (see ChartPreview), so the charting
 * library stays out of the pane's first download.
 */
import { DataVizPalette, LineChart, VerticalStackedBarChart } from "@fluentui/react-charts";
import type { ChartData } from "../../tables/chart";

export interface ChartViewProps {
  readonly chart: ChartData;
  readonly width: number;
  readonly height: number;
}

/** One colour per series, in order, so each series keeps its colour and its one legend entry. */
const COLOURS = [
  DataVizPalette.color1,
  DataVizPalette.color2,
  DataVizPalette.color3,
  DataVizPalette.color4,
  DataVizPalette.color5,
  DataVizPalette.color6,
  DataVizPalette.color7,
];
const colour = (i: number) => COLOURS[i % COLOURS.length];

export default function ChartView({ chart, width, height }: ChartViewProps) {
  const size = { width, height, xAxisTitle: chart.xAxisTitle, yAxisTitle: chart.yAxisTitle };
  if (chart.kind === "scatterLines" || chart.kind === "line") {
    return (
      <LineChart
        {...size}
        culture="en-GB"
        data={{
          chartTitle: chart.title,
          lineChartData: chart.series.map((series, i) => ({
            legend: series.name,
            color: colour(i),
            data:
              chart.kind === "line"
                ? // Periods (months, quarters) along the axis in order, numbered as the table's rows are.
                  series.points.map((p, k) => ({ x: k + 1, y: p.y, xAxisCalloutData: String(p.x) }))
                : // Left to right, as Excel draws a scatter with lines from its sorted x values.
                  series.points.map((p) => ({ x: Number(p.x), y: p.y })).sort((a, b) => a.x - b.x),
            ...(series.markersOnly && { lineOptions: { mode: "markers" as const } }),
          })),
        }}
      />
    );
  }
  const categories = chart.series[0]?.points.map((p) => String(p.x)) ?? [];
  return (
    <VerticalStackedBarChart
      {...size}
      culture="en-GB"
      chartTitle={chart.title}
      barWidth="auto"
      maxBarWidth={48}
      hideTickOverlap={false}
      wrapXAxisLables
      data={categories.map((category, i) => ({
        xAxisPoint: category,
        chartData: chart.series.map((series, s) => ({
          legend: series.name,
          color: colour(s),
          data: series.points[i]?.y ?? 0,
        })),
      }))}
    />
  );
}
