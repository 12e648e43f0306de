import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);

function rgb(color: string): [number, number, number] {
  if (color.startsWith('#')) {
    const h = color.slice(1);
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) throw new Error(`not a colour: ${color}`);
  const [r, g, b, a = '1'] = m[1].split(',').map((s) => s.trim());
  // a translucent colour is seen over white
  const alpha = Number(a);
  return [r, g, b].map((v) => Math.round(Number(v) * alpha + 255 * (1 - alpha))) as [number, number, number];
}

function luminance([r, g, b]: number[]): number {
  const f = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const WHITE = '#ffffff';
const USED = ['indigo', 'gray', 'blue', 'cyan', 'violet', 'orange', 'green', 'dark', 'red', 'yellow'];

describe('theme colours (WCAG 2.1 AA, 4.5:1 for text)', () => {
  it('primary colour as link and button text on white, and white on primary buttons', () => {
    const primary = full.colors.indigo[8];
    expect(contrast(primary, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(full.primaryShade).toMatchObject({ light: 8 });
  });

  it('dimmed text on white', () => {
    const dimmed = cssVariablesResolver(full).light['--mantine-color-dimmed'];
    expect(contrast(dimmed, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(USED)('light badges and alerts in %s', (color) => {
    const v = full.variantColorResolver({ color, theme: full, variant: 'light' });
    expect(contrast(v.color, v.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(USED)('subtle buttons in %s, at rest and hovered', (color) => {
    const v = full.variantColorResolver({ color, theme: full, variant: 'subtle' });
    expect(contrast(v.color, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v.color, v.hover)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(USED)('filled buttons and badges in %s', (color) => {
    const v = full.variantColorResolver({ color, theme: full, variant: 'filled' });
    const background = v.background.startsWith('var(') ? full.colors[color][8] : v.background;
    expect(contrast(WHITE, background)).toBeGreaterThanOrEqual(4.5);
  });
});
