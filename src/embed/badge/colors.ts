/** The badge's colours in the Worker: the design tokens' light values, read once per isolate. */
import tokens from '../../styles/tokens.css?raw';
import { badgeColors } from './palette.ts';

export const BADGE_COLORS = badgeColors(tokens);
