/**
 * The one stylesheet of an iframe widget page, inlined (its hash goes into the page's CSP like every inline style
 * block): the design tokens it uses (the map's included) themed by `theme`, and the widgets' own rules.
 */
import tokens from '../styles/tokens.css?raw';
import map from './styles/map.css?raw';
import widget from './styles/widget.css?raw';
import { minifyCss, themeCss, tokenBlocks, usedTokens } from './theme.ts';

const PAGE = 'html{background:var(--color-bg)}body{margin:0}';

const RULES = `${PAGE}\n${widget}\n${map}`;

export const PAGE_CSS = minifyCss(`${themeCss([usedTokens(tokenBlocks(tokens), RULES)], 'page')}\n${RULES}`);
