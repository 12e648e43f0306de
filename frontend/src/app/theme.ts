import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  rgba,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Colours chosen for WCAG 2.1 AA contrast (4.5:1 for text): Mantine's defaults give 4.3:1 for
 * the indigo primary, 3.3:1 for dimmed text and under 4:1 for several light badges. The
 * primary colour uses shade 8, dimmed text gray 7, error messages red 9, light variants (badges, alerts) darkened
 * shade 9 text, and filled variants of other colours a darkened shade 9 background.
 * theme.test.ts measures every pair.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const name = input.color ?? input.theme.primaryColor;
  const scale = input.theme.colors[name];
  if (!scale) return colors;
  if (input.variant === 'light') {
    return { ...colors, background: rgba(scale[6], 0.1), color: darken(scale[9], 0.25) };
  }
  if (input.variant === 'subtle') {
    // Mantine hovers a subtle button with shade 2, on which its shade-9 text falls below 4.5:1.
    return { ...colors, hover: rgba(scale[6], 0.1), color: darken(scale[9], 0.25) };
  }
  if (input.variant === 'filled' && name !== input.theme.primaryColor) {
    return {
      ...colors,
      background: darken(scale[9], 0.25),
      hover: darken(scale[9], 0.35),
      color: 'var(--mantine-color-white)',
    };
  }
  return colors;
};

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 4 },
  defaultRadius: 'md',
  focusRing: 'auto',
  variantColorResolver,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-anchor': t.colors.indigo[8],
    // A field's error message: red 6 gives 3.3:1 on white, red 9 5.5:1.
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});
