import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../lib/format';
import type { Indicator } from './api';
import { formatValue } from './format';

const LINE = 'var(--mantine-color-teal-8)';
const BASELINE = 'var(--mantine-color-gray-6)';
const TARGET = 'var(--mantine-color-orange-8)';

/**
 * The measurements over time against baseline and target. Hidden from assistive technology (and out of the tab order): the
 * table beside it says the same in words and numbers.
 */
export function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const data = indicator.measurements.map((m) => ({ date: m.measuredOn, value: m.value }));
  return (
    <div aria-hidden="true" data-testid="indicator-chart" style={{ width: '100%', height: 220 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d)} minTickGap={24} />
          <YAxis
            width={56}
            tickFormatter={(v: number) => formatValue(v)}
            domain={[
              (min: number) => Math.min(min, indicator.baseline, indicator.target),
              (max: number) => Math.max(max, indicator.baseline, indicator.target),
            ]}
          />
          <ReferenceLine y={indicator.baseline} stroke={BASELINE} strokeDasharray="4 4" />
          <ReferenceLine y={indicator.target} stroke={TARGET} strokeDasharray="6 3" />
          <Line type="monotone" dataKey="value" stroke={LINE} strokeWidth={2} dot isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
