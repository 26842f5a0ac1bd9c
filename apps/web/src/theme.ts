import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type VariantColorsResolver } from '@mantine/core';

/**
 * Text on tinted backgrounds (light, subtle, outline buttons, badges and alerts) uses the colour's
 * darkest shade darkened by 30%: Mantine's own (shade 9) is 2.7:1 for yellow, 3.6:1 for orange
 * and 4.3:1 for teal on the shade-1 tint, below WCAG AA's 4.5:1; darkened, every palette colour
 * is at least 4.8:1 there.
 */
const readableVariants: VariantColorsResolver = (input) => {
  const result = defaultVariantColorsResolver(input);
  if (!['light', 'subtle', 'outline', 'transparent'].includes(input.variant ?? '')) return result;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const shades = parsed.isThemeColor ? input.theme.colors[parsed.color] : undefined;
  if (!shades || parsed.color === 'dark' || parsed.color === 'gray') return result;
  const text = darken(shades[9], 0.3);
  return { ...result, color: text, ...(input.variant === 'outline' ? { border: `1px solid ${text}` } : {}) };
};

export const theme = createTheme({
  primaryColor: 'teal',
  // Shade 9 of teal: white on it is 5.0:1 (shade 6, Mantine's default, is 2.55:1; AA needs 4.5:1).
  primaryShade: 9,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  variantColorResolver: readableVariants,
  components: {
    // A table wider than the screen scrolls sideways; keyboard users must be able to reach it (WCAG 2.1.1).
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});
