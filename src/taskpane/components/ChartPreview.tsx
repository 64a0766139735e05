import { lazy, Suspense } from "react";
import { makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { ChartData } from "../../tables/chart";

/** The charting library is larger than the rest of the pane: it loads (chart.js, beside the page) when a chart is first shown. */
const ChartView = lazy(() => import(/* webpackChunkName: "chart" */ "./ChartView"));

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { fontWeight: tokens.fontWeightSemibold },
});

/** The chart a table inserts, drawn; `caption` says more, e.g. where Excel puts it. */
export function ChartPreview({
  chart,
  width = 320,
  height = 220,
  caption,
}: {
  chart: ChartData;
  width?: number;
  height?: number;
  caption?: string;
}) {
  const styles = useStyles();
  return (
    <figure className={styles.figure} aria-label={chart.title} data-testid="chart">
      <Text size={200} className={styles.title}>
        Chart: {chart.title}
      </Text>
      <Suspense fallback={<Spinner size="tiny" label="Drawing the chart…" />}>
        <ChartView chart={chart} width={width} height={height} />
      </Suspense>
      {caption && (
        <Text size={200} as="p">
          {caption}
        </Text>
      )}
    </figure>
  );
}
