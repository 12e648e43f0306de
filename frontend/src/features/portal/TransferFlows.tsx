import { Table } from '@mantine/core';
import { chordDirected, ribbonArrow, type Chord, type ChordGroup } from 'd3-chord';
import { arc } from 'd3-shape';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion';
import { flowMatrix, type Flow } from './portalData';
import { WithTable } from './WithTable';

const SIZE = 440;
const OUTER = SIZE / 2 - 70;
const INNER = OUTER - 12;
const COLOURS = ['blue', 'teal', 'grape', 'orange', 'indigo', 'lime', 'pink', 'cyan', 'red', 'violet'];

const colour = (i: number) => `var(--mantine-color-${COLOURS[i % COLOURS.length]}-7)`;

/**
 * Transfers between towns as a directed chord diagram: each town an arc sized by the practices it
 * gave and took up, each flow a ribbon pointing from the practice's town to the town that took it
 * up. The table lists the same flows.
 */
export function TransferFlows({ flows, towns }: { flows: Flow[]; towns: { code: string; name: string }[] }) {
  const { t } = useTranslation();
  const codes = towns.map((town) => town.code);
  const name = (code: string) => towns.find((town) => town.code === code)?.name ?? code;
  // A 10 × 10 matrix: laid out on every render, cheaper than remembering it.
  const chords = chordDirected()
    .padAngle(0.04)
    .sortSubgroups((a, b) => b - a)(flowMatrix(flows, codes));
  const layout = { chords: [...chords] as Chord[], groups: chords.groups as ChordGroup[] };
  const groupArc = arc<ChordGroup>().innerRadius(INNER).outerRadius(OUTER);
  const ribbon = ribbonArrow<Chord, Chord['source']>()
    .radius(INNER - 1)
    .padAngle(1 / INNER);
  const caption = t('portal.transfers.caption');

  const chart = (
    <svg
      viewBox={`${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: SIZE, display: 'block' }}
      data-testid="transfer-chord"
    >
      {layout.groups
        .filter((g) => g.value > 0)
        .map((g) => {
          const angle = (g.startAngle + g.endAngle) / 2;
          const flip = angle > Math.PI;
          return (
            <g key={codes[g.index]}>
              <path d={groupArc(g) ?? ''} fill={colour(g.index)} />
              <text
                transform={`rotate(${(angle * 180) / Math.PI - 90}) translate(${OUTER + 6}) ${flip ? 'rotate(180)' : ''}`}
                textAnchor={flip ? 'end' : 'start'}
                dominantBaseline="middle"
                fontSize={12}
                fill="var(--mantine-color-text)"
              >
                {name(codes[g.index])}
              </text>
            </g>
          );
        })}
      {layout.chords.map((c) => (
        <path
          key={`${c.source.index}-${c.target.index}`}
          d={(ribbon(c) as unknown as string) ?? ''}
          fill={colour(c.source.index)}
          fillOpacity={0.7}
        />
      ))}
    </svg>
  );

  const table = (
    <ScrollRegion label={caption}>
      <Table data-testid="transfers-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portal.transfers.from')}</Table.Th>
            <Table.Th scope="col">{t('portal.transfers.to')}</Table.Th>
            <Table.Th scope="col">{t('portal.transfers.count')}</Table.Th>
            <Table.Th scope="col">{t('portal.transfers.transferred')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {flows.map((f) => (
            <Table.Tr key={`${f.source}-${f.target}`}>
              <Table.Td>{name(f.source)}</Table.Td>
              <Table.Td>{name(f.target)}</Table.Td>
              <Table.Td>{f.count}</Table.Td>
              <Table.Td>{f.transferred}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
  return <WithTable chart={chart} table={table} testId="transfers" />;
}
