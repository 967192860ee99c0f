/** oEmbed URL matching: which widget embeds which page of the site, and nothing from another site. */
import { describe, expect, it } from 'vitest';
import { matchPage } from '../../src/embed/oembed/match.ts';

const SITE = 'https://desabersinar.example.id';
const LOCAL = 'http://127.0.0.1:8787';
const match = (url: string) => matchPage(url, [SITE, LOCAL]);

describe('oEmbed URL matching', () => {
  it('regency pages and their yearly reports, in both languages', () => {
    expect(match(`${SITE}/kabupaten/sanggau/`)).toMatchObject({
      kind: 'regency-page',
      slug: 'sanggau',
      options: { widget: 'angka', lang: 'id', year: null },
    });
    expect(match(`${SITE}/en/kabupaten/sanggau`)).toMatchObject({
      kind: 'regency-page',
      slug: 'sanggau',
      options: { lang: 'en' },
    });
    expect(match(`${SITE}/kabupaten/belitung-timur/laporan/2023/`)).toMatchObject({
      slug: 'belitung-timur',
      options: { year: 2023 },
    });
  });

  it('village pages, in or outside the program', () => {
    expect(match(`${LOCAL}/desa/61.03.10.2001/`)).toMatchObject({
      kind: 'widget',
      options: { widget: 'desa', area: '61.03.10.2001', lang: 'id' },
    });
    expect(match(`${SITE}/en/desa/11.01.01.2001/`)).toMatchObject({ options: { widget: 'desa', lang: 'en' } });
    expect(match(`${SITE}/desa/61.03/`)).toBeNull();
  });

  it('the map with its query state', () => {
    expect(match(`${SITE}/peta/?regency=61.03&layer=rehab-outpatient&year=2023`)).toMatchObject({
      options: { widget: 'peta', area: '61.03' },
    });
    expect(match(`${SITE}/en/peta/?selected=61.03.11.2002`)).toMatchObject({
      options: { widget: 'peta', area: '61.03', lang: 'en' },
    });
    expect(match(`${SITE}/peta/?province=61`)).toMatchObject({ options: { widget: 'angka', area: '61' } });
    expect(match(`${SITE}/peta/?selected=61`)).toMatchObject({ options: { widget: 'angka', area: '61' } });
    expect(match(`${SITE}/peta/`)).toMatchObject({ options: { widget: 'angka', area: '' } });
    expect(match(`${SITE}/peta/?regency=nonsense`)).toMatchObject({ options: { widget: 'angka', area: '' } });
  });

  it('home and data pages embed the national figures; widget URLs embed themselves', () => {
    expect(match(`${SITE}/`)).toMatchObject({ options: { widget: 'angka', area: '' } });
    expect(match(`${SITE}/en/data/`)).toMatchObject({ options: { widget: 'angka', area: '', lang: 'en' } });
    expect(match(`${SITE}/embed/angka/?area=61.03&theme=dark&view=compact`)).toMatchObject({
      options: { widget: 'angka', area: '61.03', theme: 'dark', view: 'compact' },
    });
    expect(match(`${SITE}/embed/angka/?theme=blue`)).toBeNull();
  });

  it('refuses other sites, other schemes, look-alike hosts and pages that are not embeddable', () => {
    for (const url of [
      'https://evil.example/kabupaten/sanggau/',
      'https://desabersinar.example.id.evil.example/kabupaten/sanggau/',
      'http://desabersinar.example.id/kabupaten/sanggau/',
      `${SITE}:8443/kabupaten/sanggau/`,
      'javascript:alert(1)',
      'not a url',
      `${SITE}/berita/`,
      `${SITE}/kabupaten/`,
      `${SITE}/kabupaten/Sanggau/`,
      `${SITE}/cari-desa/?q=sosok`,
      `${SITE}/fr/kabupaten/sanggau/`,
      `${SITE}/embed/nope/`,
    ]) {
      expect(match(url), url).toBeNull();
    }
  });
});
