import {
  teamsHighContrastTheme,
  Theme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";

/** Relative luminance of "#rrggbb", 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return 1;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The Fluent theme that matches Office: high contrast when Windows forces colours, dark when the
 * Office theme's background is dark (Dark Grey, Black), light otherwise (White, Colourful).
 */
export function themeFor(bodyBackground: string | undefined, forcedColours: boolean): Theme {
  if (forcedColours) return teamsHighContrastTheme;
  if (bodyBackground && luminance(bodyBackground) < 0.5) return webDarkTheme;
  return webLightTheme;
}

export function forcedColours(): boolean {
  return window.matchMedia?.("(forced-colors: active)").matches ?? false;
}
