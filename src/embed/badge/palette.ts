/** The badge's colours from a tokens stylesheet's light values (src/styles/tokens.css). Pure. */
import { tokenBlocks } from '../theme.ts';
import type { BadgeColors } from './svg.ts';

export function badgeColors(tokensCss: string): BadgeColors {
  const light = new Map(
    tokenBlocks(tokensCss)
      .light.split(';')
      .map((d) => [d.slice(0, d.indexOf(':')), d.slice(d.indexOf(':') + 1)] as const),
  );
  const token = (name: string) => {
    const value = light.get(name);
    if (!value || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`badge: token ${name} is not a #rrggbb colour`);
    return value;
  };
  return {
    label: token('--color-accent'),
    tones: {
      formed: token('--status-formed'),
      target: token('--status-target'),
      proposed: token('--status-proposed'),
      none: token('--status-none'),
      error: token('--color-warn'),
    },
    dark: token('--color-fg'),
    surface: token('--color-surface'),
    line: token('--color-line'),
  };
}
